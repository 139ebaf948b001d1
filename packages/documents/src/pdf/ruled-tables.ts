import type { Block, Cell } from "../blocks.ts";
import { cleanPdfText, type TextItem } from "./text-items-to-blocks.ts";

/** Table borders drawn on a page: horizontal segments at y from x0 to x1, vertical ones at x from y0 to y1. */
export interface Rules {
  h: { y: number; x0: number; x1: number }[];
  v: { x: number; y0: number; y1: number }[];
}

const EPS = 2;

/** Punctuation that closes a phrase: never the first character of a cell, so it may hang past a border. */
const HANGING = /^[、。，．；：！？）》」』】〕”’,.;:!?)]/u;

function cluster(values: number[], eps = EPS): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > eps) out.push(v);
  }
  return out;
}

interface Grid {
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  /** cells[r] = intervals of column boundaries [from, to) with merge flags. */
  rows: { from: number; to: number; continues: boolean }[][];
}

const crossesBand = (v: Rules["v"][number], top: number, bottom: number): boolean =>
  v.y0 <= bottom + EPS && v.y1 >= top - EPS;

const hCovers = (rules: Rules, y: number, x0: number, x1: number): boolean => {
  const mid = (x0 + x1) / 2;
  return rules.h.some((h) => Math.abs(h.y - y) <= EPS && h.x0 <= mid && h.x1 >= mid);
};

/**
 * Groups the page's rules into grids: runs of row bands that vertical rules cross. `known` are the column
 * boundaries of tables seen before: a table continued on a new page draws only the rules its rows need, so when
 * its boundaries are a subset of a known grid with the same outer edges, that grid is used (spans stay spans).
 */
function grids(rules: Rules, known: number[][]): Grid[] {
  const ys = cluster(
    rules.h.map((h) => h.y),
    0.5,
  ).reverse();
  const out: Grid[] = [];
  let bands: [number, number][] = [];
  const flush = (): void => {
    if (bands.length === 0) return;
    const top = bands[0]?.[0] ?? 0;
    const bottom = bands[bands.length - 1]?.[1] ?? 0;
    // Rules that really run along this grid (not those of a table starting right below or ending right above).
    const vs = rules.v.filter((v) => v.y1 > bottom + 1 && v.y0 < top - 1);
    let xs = cluster(vs.map((v) => v.x));
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= EPS;
    const wider = known.find(
      (k) =>
        k.length > xs.length &&
        near(k[0] ?? 0, xs[0] ?? 0) &&
        near(k[k.length - 1] ?? 0, xs[xs.length - 1] ?? 0) &&
        xs.every((x) => k.some((y) => near(x, y))),
    );
    if (wider) xs = wider;
    if (xs.length >= 2) {
      const rows = bands.map(([t, b]) => {
        const cuts = xs
          .map((x, i) => ({ x, i }))
          .filter(({ x }) => vs.some((v) => Math.abs(v.x - x) <= EPS && crossesBand(v, t, b)));
        const cells: Grid["rows"][number] = [];
        for (let k = 0; k + 1 < cuts.length; k++) {
          const from = cuts[k]?.i ?? 0;
          const to = cuts[k + 1]?.i ?? 0;
          const continues = t !== top && !hCovers(rules, t, xs[from] ?? 0, xs[to] ?? 0);
          cells.push({ from, to, continues });
        }
        return cells;
      });
      out.push({ ys: [top, ...bands.map(([, b]) => b)], xs, rows });
    }
    bands = [];
  };
  for (let i = 0; i + 1 < ys.length; i++) {
    const t = ys[i] ?? 0;
    const b = ys[i + 1] ?? 0;
    if (t - b < 3) {
      // Two rules a hair apart: one border drawn twice (vertical rules cross it), or the bottom of one table
      // right above the top of the next (none do) — two tables, which may have different columns.
      if (!rules.v.some((v) => v.y0 <= b + 0.3 && v.y1 >= t - 0.3)) flush();
      continue;
    }
    if (rules.v.some((v) => crossesBand(v, t, b))) bands.push([t, b]);
    else flush();
  }
  flush();
  return out;
}

/**
 * Tables whose borders are drawn: cells from the rules (colSpan where a vertical rule is missing, merged from above
 * where a horizontal one is), text placed by the centre of each item. Returns the tables with their top y, and the
 * items that fell outside every table.
 */
export function ruledTables(
  items: TextItem[],
  rules: Rules,
  page: number,
  known: number[][] = [],
): { blocks: { y: number; block: Block }[]; rest: TextItem[]; columns: number[][] } {
  const found = grids(rules, known);
  const rest: TextItem[] = [];
  const texts = found.map((g) => g.rows.map((r) => r.map(() => [] as TextItem[])));
  for (const it of items) {
    // An item belongs to the cell where it starts: text running (or punctuation hanging) past a cell's right
    // border stays in that cell. Closing punctuation never starts a cell, so one just past the border hangs.
    const cx = HANGING.test(it.text) ? it.x - it.size * 0.3 : it.x + Math.min(it.width, it.size) * 0.4;
    const cy = it.y + it.size * 0.35;
    let placed = false;
    found.forEach((g, gi) => {
      if (placed) return;
      const top = g.ys[0] ?? 0;
      const bottom = g.ys[g.ys.length - 1] ?? 0;
      if (cy > top || cy < bottom || cx < (g.xs[0] ?? 0) || cx > (g.xs[g.xs.length - 1] ?? 0)) return;
      let r = g.ys.findIndex((y, i) => i + 1 < g.ys.length && cy <= y && cy >= (g.ys[i + 1] ?? 0));
      if (r < 0) return;
      let c = g.rows[r]?.findIndex((cell) => cx >= (g.xs[cell.from] ?? 0) && cx <= (g.xs[cell.to] ?? 0)) ?? -1;
      if (c < 0) return;
      // Text in a vertically merged cell belongs to the merge's first row.
      while (r > 0 && g.rows[r]?.[c]?.continues) {
        const from = g.rows[r]?.[c]?.from ?? 0;
        const above = g.rows[r - 1]?.findIndex((cell) => cell.from <= from && cell.to > from) ?? -1;
        if (above < 0) break;
        r--;
        c = above;
      }
      texts[gi]?.[r]?.[c]?.push(it);
      placed = true;
    });
    if (!placed) rest.push(it);
  }
  const blocks = found.map((g, gi) => {
    const rows: Cell[][] = g.rows.map((r, ri) =>
      r.map((cell, ci) => {
        const its = (texts[gi]?.[ri]?.[ci] ?? []).filter((t) => t.text !== "").sort((a, b) => b.y - a.y || a.x - b.x);
        let text = "";
        let last: TextItem | null = null;
        for (const t of its) {
          if (last && Math.abs(last.y - t.y) > t.size * 0.5) text += "\n";
          else if (last && t.x - (last.x + last.width) > t.size * 0.2) text += " ";
          text += t.text;
          last = t;
        }
        const out: Cell = {
          text: text
            .split("\n")
            .map(cleanPdfText)
            .filter((l) => l !== "")
            .join("\n"),
        };
        if (cell.to - cell.from > 1) out.colSpan = cell.to - cell.from;
        if (cell.continues) out.mergedFromAbove = true;
        return out;
      }),
    );
    return { y: g.ys[0] ?? 0, block: { kind: "table" as const, rows, source: { page } } };
  });
  return { blocks, rest, columns: found.map((g) => g.xs) };
}
