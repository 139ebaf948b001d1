/**
 * Blocks as one stream of paragraphs and table rows. Documents are read by their labels, not by where a table
 * starts or ends: readers split one logical table at page breaks or blank lines, and a project's head and its
 * indicator table may be one table or three. Grid positions are kept (colSpan expanded into empty cells).
 */
import type { Block, SourcePos, TableBlock } from "../blocks.ts";
import { cellText } from "./cell-text.ts";

export interface RowItem {
  kind: "row";
  /** Cleaned cell text in grid positions; null for empty cells and cells continuing a vertical merge. Read-only. */
  cells: (string | null)[];
  /** Raw cell text (line breaks kept), same positions. */
  raw: string[];
  /** Index of the table in the document (0-based) and of the row in it. */
  table: number;
  row: number;
  source?: SourcePos;
}

export interface ParagraphItem {
  kind: "paragraph";
  /** Cleaned text; null for a paragraph with nothing left after cleaning. */
  text: string | null;
  raw: string;
  source?: SourcePos;
}

export type Item = RowItem | ParagraphItem;

export function flattenBlocks(blocks: readonly Block[]): Item[] {
  const out: Item[] = [];
  let table = 0;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      const text = cellText(block.text);
      if (text !== null) out.push({ kind: "paragraph", text, raw: block.text, source: block.source });
      continue;
    }
    cleanRows(block).forEach(({ grid, raw }, r) => {
      out.push({ kind: "row", cells: grid, raw, table, row: r, source: block.source });
    });
    table++;
  }
  return out;
}

/**
 * Cleaned grid of a table, computed once per block: the dispatcher's detectors and the readers flatten the same
 * blocks several times. The arrays are shared between calls, so callers must not modify `cells` / `raw`.
 */
function cleanRows(block: TableBlock): { grid: (string | null)[]; raw: string[] }[] {
  const cached = cleaned.get(block);
  if (cached) return cached;
  const rows = block.rows.map((cells) => {
    const grid: (string | null)[] = [];
    const raw: string[] = [];
    for (const cell of cells) {
      grid.push(cell.mergedFromAbove ? null : cellText(cell.text));
      raw.push(cell.mergedFromAbove ? "" : cell.text);
      for (let k = 1; k < (cell.colSpan ?? 1); k++) {
        grid.push(null);
        raw.push("");
      }
    }
    return { grid, raw };
  });
  cleaned.set(block, rows);
  return rows;
}

const cleaned = new WeakMap<TableBlock, { grid: (string | null)[]; raw: string[] }[]>();
