import type { Block, Cell } from "../blocks.ts";
import type { RawSheet } from "./read-sheet-xml.ts";
import type { CellStyle } from "./read-styles.ts";

interface GridCell {
  text: string;
  bordered: boolean;
}

/**
 * One sheet's cells → blocks. Bordered rows form tables (the official templates draw every table cell); a sheet
 * without borders falls back to "two or more filled cells". A row with one filled, unbordered cell (a title,
 * 单位：万元) is a paragraph; an empty unbordered row ends a table. Merged ranges become colSpan on their first
 * row and mergedFromAbove cells below, as in the .docx reader.
 */
export function sheetToBlocks(
  sheet: RawSheet,
  text: (c: RawSheet["cells"][number]) => string,
  styles: CellStyle[],
  page: number,
): Block[] {
  const grid = new Map<number, Map<number, GridCell>>();
  let maxRow = 0;
  let maxCol = 0;
  let minCol = Number.POSITIVE_INFINITY;
  for (const c of sheet.cells) {
    const t = text(c);
    const bordered = styles[c.style]?.bordered ?? false;
    if (t === "" && !bordered) continue;
    let row = grid.get(c.row);
    if (!row) {
      row = new Map();
      grid.set(c.row, row);
    }
    row.set(c.col, { text: t, bordered });
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
    minCol = Math.min(minCol, c.col);
  }
  // Merge anchors by top-left; covered positions by "row:col".
  const anchors = new Map<string, { rows: number; cols: number }>();
  const covered = new Map<string, { top: boolean; cols: number; first: boolean }>();
  for (const m of sheet.merges) {
    anchors.set(`${m.r1}:${m.c1}`, { rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        covered.set(`${r}:${c}`, { top: r === m.r1, cols: m.c2 - m.c1 + 1, first: c === m.c1 });
      }
    }
    maxRow = Math.max(maxRow, m.r2);
    maxCol = Math.max(maxCol, m.c2);
    minCol = Math.min(minCol, m.c1);
  }
  const anyBorder = [...grid.values()].some((r) => [...r.values()].some((c) => c.bordered));

  interface Line {
    row: number;
    filled: number;
    bordered: boolean;
    /** Continues a vertical merge from the row above. */
    continues: boolean;
    /** One merged cell spans the whole used width (a title row). */
    fullWidth: boolean;
  }
  const lines: Line[] = [];
  for (let r = 1; r <= maxRow; r++) {
    const row = grid.get(r);
    let filled = 0;
    let bordered = false;
    for (const [c, cell] of row ?? []) {
      if (covered.has(`${r}:${c}`)) continue;
      if (cell.text !== "") filled++;
      if (cell.bordered) bordered = true;
    }
    let continues = false;
    for (let c = 1; c <= maxCol && !continues; c++) if (covered.get(`${r}:${c}`)?.top === false) continues = true;
    let fullWidth = false;
    for (const [key, a] of anchors) if (key.startsWith(`${r}:`) && a.cols >= maxCol - minCol + 1) fullWidth = true;
    // A row inside a bordered merge (its cells hold no style of their own in some writers) stays in the table.
    lines.push({ row: r, filled, bordered: bordered || (anyBorder && continues), continues, fullWidth });
  }
  let previousWasTable = false;
  const isTableRow = (l: Line): boolean => {
    if (anyBorder) return l.bordered;
    // No borders anywhere: two filled cells, a continued vertical merge, or a one-cell row right under a table
    // row that is not a full-width title.
    return l.filled >= 2 || l.continues || (previousWasTable && l.filled === 1 && !l.fullWidth);
  };

  const out: Block[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push({ kind: "table", rows: buildRows(run), source: { page } });
    run = [];
  };
  const buildRows = (rows: number[]): Cell[][] => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    for (const r of rows) {
      for (let c = 1; c <= maxCol; c++) {
        const has = grid.get(r)?.has(c) || anchors.has(`${r}:${c}`) || covered.has(`${r}:${c}`);
        if (has) {
          lo = Math.min(lo, c);
          hi = Math.max(hi, c);
        }
      }
    }
    return rows.map((r) => {
      const cells: Cell[] = [];
      // Cells past the row's last drawn or filled cell are not part of it (a narrower table stacked on a wider one).
      let end = lo - 1;
      for (let c = lo; c <= hi; c++) {
        if (grid.get(r)?.has(c) || anchors.has(`${r}:${c}`) || covered.has(`${r}:${c}`)) end = c;
      }
      for (let c = lo; c <= end; c++) {
        const cov = covered.get(`${r}:${c}`);
        if (cov) {
          if (!cov.top && cov.first)
            cells.push(
              cov.cols > 1
                ? { text: "", colSpan: cov.cols, mergedFromAbove: true }
                : { text: "", mergedFromAbove: true },
            );
          continue;
        }
        const a = anchors.get(`${r}:${c}`);
        const t = grid.get(r)?.get(c)?.text ?? "";
        cells.push(a && a.cols > 1 ? { text: t, colSpan: a.cols } : { text: t });
      }
      return cells;
    });
  };
  for (const l of lines) {
    const tableRow = isTableRow(l);
    previousWasTable = tableRow;
    if (tableRow) {
      run.push(l.row);
      continue;
    }
    flush();
    if (l.filled === 0) continue;
    const texts = [...(grid.get(l.row)?.entries() ?? [])]
      .filter(([c, cell]) => cell.text !== "" && !covered.has(`${l.row}:${c}`))
      .sort((a, b) => a[0] - b[0])
      .map(([, cell]) => cell.text);
    if (texts.length === 1) out.push({ kind: "paragraph", text: texts[0] ?? "", source: { page } });
    else out.push({ kind: "table", rows: buildRows([l.row]), source: { page } });
  }
  flush();
  return out;
}
