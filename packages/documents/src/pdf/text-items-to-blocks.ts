import type { Block, Cell } from "../blocks.ts";

/** One run of text on a page, in PDF points (origin bottom-left). */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
}

const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, "g");

const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, "g");

/**
 * Spaces a PDF puts between glyphs (character spacing, one glyph per show, kerning) are not text: Chinese has
 * no word spaces, so spaces next to a Chinese character go, and a letter-spaced run ("6 0 家") is closed up.
 */
export function cleanPdfText(s: string): string {
  let t = s.replace(/\s+/g, " ").trim();
  if (/^(?:\S )+\S$/u.test(t)) t = t.replace(/ /g, "");
  t = t.replace(SPACE_BETWEEN_CJK, "").replace(SPACE_NEXT_TO_CJK, "");
  // In Chinese text a space inside a number ("4893. 29", "44316.4 5") is a glyph gap, not a separator.
  if (new RegExp(`[${CJK}]`).test(t)) t = t.replace(/(?<=[\d.])\s(?=[\d.])/g, "");
  return t;
}

/** Items on one baseline, split into chunks where the gap is wider than a character. */
function toLines(items: TextItem[]): Line[] {
  const sorted = items.filter((i) => i.text !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(1.5, Math.min(l.size, it.size) * 0.3));
    if (line) {
      line.items.push(it);
      line.size = Math.max(line.size, it.size);
    } else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  return lines
    .map((l) => {
      const its = l.items.sort((a, b) => a.x - b.x);
      const chunks: Chunk[] = [];
      let cur: Chunk | null = null;
      for (const it of its) {
        const blank = it.text.trim() === "";
        const gap = cur ? it.x - cur.x1 : 0;
        if (blank) {
          // A wide blank run separates cells; a narrow one is a word space.
          if (cur && it.width > l.size * 0.9) {
            chunks.push(cur);
            cur = null;
          } else if (cur) cur.text += " ";
          continue;
        }
        if (cur && gap > l.size * 0.9) {
          chunks.push(cur);
          cur = null;
        }
        if (cur) {
          // A gap wider than a fifth of a character is a word space (cleanPdfText drops it next to Chinese).
          cur.text += gap > l.size * 0.2 ? ` ${it.text}` : it.text;
          cur.x1 = Math.max(cur.x1, it.x + it.width);
        } else cur = { text: it.text, x0: it.x, x1: it.x + it.width };
      }
      if (cur) chunks.push(cur);
      return {
        y: l.y,
        size: l.size,
        chunks: chunks.map((c) => ({ ...c, text: cleanPdfText(c.text) })).filter((c) => c.text !== ""),
      };
    })
    .filter((l) => l.chunks.length > 0);
}

/** Starts of a numbered item or heading: 一、 （一） 1. 1、 (1) 第一部分 目标1 */
export const LIST_START =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+部分|目标\d)/;

/** Column starts shared by the rows of one table: x positions clustered within a few points. */
function columnStarts(rows: Line[]): number[] {
  const xs = rows.flatMap((r) => r.chunks.map((c) => c.x0)).sort((a, b) => a - b);
  const clusters: { x: number; n: number }[] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.x <= 6) last.n++;
    else clusters.push({ x, n: 1 });
  }
  return clusters.map((c) => c.x);
}

function tableOf(rows: Line[], page: number): Block {
  const starts = columnStarts(rows);
  const col = (x: number): number => {
    let k = 0;
    for (let i = 0; i < starts.length; i++) if ((starts[i] ?? 0) <= x + 6) k = i;
    return k;
  };
  const out: Cell[][] = [];
  let prev: { line: Line; cells: Cell[]; cols: number[] } | null = null;
  for (const line of rows) {
    const placed = line.chunks.map((c) => ({ c, at: col(c.x0) }));
    // A tight line with fewer cells than the row above continues that row's cells (text wrapped in a cell).
    const tight = prev && prev.line.y - line.y < line.size * 1.45;
    if (
      prev &&
      tight &&
      line.chunks.length < prev.line.chunks.length &&
      placed.every((p) => prev?.cols.includes(p.at))
    ) {
      for (const p of placed) {
        const cell = prev.cells[prev.cols.indexOf(p.at)];
        if (cell) cell.text = cell.text === "" ? p.c.text : `${cell.text}\n${p.c.text}`;
      }
      prev.line = line;
      continue;
    }
    const cells: Cell[] = [];
    const cols: number[] = [];
    let next = 0;
    for (const p of placed) {
      while (next < p.at) {
        cells.push({ text: "" });
        cols.push(next);
        next++;
      }
      // A chunk running over the start of following columns spans them.
      let span = 1;
      while (next + span < starts.length && (starts[next + span] ?? 0) < p.c.x1 - 4) span++;
      if (placed.some((q) => q !== p && q.at > p.at && q.at < next + span)) span = 1;
      cells.push(span > 1 ? { text: p.c.text, colSpan: span } : { text: p.c.text });
      cols.push(next);
      next += span;
    }
    out.push(cells);
    prev = { line, cells, cols };
  }
  return { kind: "table", rows: out, source: { page } };
}

/**
 * One page's text items → blocks: consecutive lines with two or more separated chunks form a table whose columns
 * are found from the chunks' left edges; other lines are paragraphs.
 */
export function pageToBlocks(items: TextItem[], page: number): Block[] {
  return positionedBlocks(items, page).map((b) => b.block);
}

/**
 * Where a paragraph's text lies on its page: the start of its first line, the start and end of its last line, and
 * the page's left and right text edges — enough to tell whether it continues on the next page.
 */
export interface ParagraphEdges {
  firstX0: number;
  lastX0: number;
  lastX1: number;
  size: number;
  left: number;
  right: number;
}

/** A block with its top y (for merging with ruled tables); paragraphs carry their edges. */
export interface PlacedBlock {
  y: number;
  block: Block;
  edges?: ParagraphEdges;
}

/** As pageToBlocks, with each block's top y for merging with ruled tables. */
export function positionedBlocks(items: TextItem[], page: number): PlacedBlock[] {
  const lines = toLines(items);
  const right = Math.max(0, ...lines.flatMap((l) => l.chunks.map((c) => c.x1)));
  const left = Math.min(right, ...lines.flatMap((l) => l.chunks.map((c) => c.x0)));
  const out: PlacedBlock[] = [];
  const edges = (first: Line, last: Line): ParagraphEdges => ({
    firstX0: first.chunks[0]?.x0 ?? 0,
    lastX0: last.chunks[0]?.x0 ?? 0,
    lastX1: Math.max(...last.chunks.map((c) => c.x1)),
    size: last.size,
    left,
    right,
  });
  let run: Line[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const y = run[0]?.y ?? 0;
    const only = run[0];
    if (run.length === 1 && only && only.chunks.length < 2) {
      out.push({
        y,
        block: { kind: "paragraph", text: only.chunks[0]?.text ?? "", source: { page } },
        edges: edges(only, only),
      });
    } else out.push({ y, block: tableOf(run, page) });
    run = [];
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const multi = line.chunks.length >= 2;
    // One-chunk lines right under a table row (wrapped cell text) stay with the table.
    const continues = !multi && run.length > 0 && prev !== undefined && prev.y - line.y < line.size * 1.45;
    if (multi || continues) {
      run.push(line);
      return;
    }
    flush();
    const text = line.chunks.map((c) => c.text).join(" ");
    // A line that ran to the right edge continues on the next one (a wrapped paragraph) unless that starts a list item.
    const last = out[out.length - 1];
    const prevEnd = prev ? Math.max(...prev.chunks.map((c) => c.x1)) : 0;
    if (
      last?.block.kind === "paragraph" &&
      prev !== undefined &&
      prev.chunks.length === 1 &&
      prevEnd >= right - prev.size * 2 &&
      // Centred lines (cover, titles) are not wrapped paragraphs: both lines must start at the left text edge.
      (line.chunks[0]?.x0 ?? 0) <= left + line.size * 0.5 &&
      (prev.chunks[0]?.x0 ?? 0) <= left + prev.size * 2.5 &&
      prev.y - line.y < line.size * 2 &&
      !LIST_START.test(text)
    ) {
      last.block.text += text;
      if (last.edges) last.edges = { ...edges(line, line), firstX0: last.edges.firstX0 };
      return;
    }
    out.push({ y: line.y, block: { kind: "paragraph", text, source: { page } }, edges: edges(line, line) });
  });
  flush();
  return out;
}

/** Drops a table's first row when it repeats the header of the table just before it (continued on a new page). */
export function dropRepeatedHeaders(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let lastTable: Block | null = null;
  for (const b of blocks) {
    if (b.kind === "table" && lastTable?.kind === "table" && b.source?.page !== lastTable.source?.page) {
      const head = (r: Cell[] | undefined) => r?.map((c) => c.text).join("|");
      const first = lastTable.rows[0];
      if (first && head(b.rows[0]) === head(first) && b.rows.length > 1) {
        out.push({ ...b, rows: b.rows.slice(1) });
        lastTable = b;
        continue;
      }
    }
    if (b.kind === "table") lastTable = b;
    else if (b.text.length > 40) lastTable = null;
    out.push(b);
  }
  return out;
}
