import type { Block, SourcePos } from "../../blocks.ts";
import { cellText } from "./cell-text.ts";

/** One table row in grid positions (colSpan expanded), cells cleaned; `raw` keeps the line breaks. */
export interface FlatRow {
  kind: "row";
  cells: (string | null)[];
  raw: string[];
  table: number;
  row: number;
  source?: SourcePos;
}

export interface FlatParagraph {
  kind: "paragraph";
  text: string | null;
  raw: string;
  source?: SourcePos;
}

export type FlatItem = FlatRow | FlatParagraph;

/**
 * Blocks as one stream of paragraphs and rows: the forms read here are one logical table that readers may hand
 * over split at page breaks or blank lines, so sections are found by their labels, not by table boundaries.
 * A cell continuing a vertical merge is empty here; callers fill grouping labels down themselves.
 */
export function flattenBlocks(blocks: readonly Block[]): FlatItem[] {
  const out: FlatItem[] = [];
  let table = 0;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      out.push({ kind: "paragraph", text: cellText(block.text), raw: block.text, source: block.source });
      continue;
    }
    block.rows.forEach((cells, r) => {
      const grid: (string | null)[] = [];
      const raw: string[] = [];
      for (const cell of cells) {
        const text = cell.mergedFromAbove ? null : cellText(cell.text);
        grid.push(text);
        raw.push(cell.mergedFromAbove ? "" : cell.text);
        for (let k = 1; k < (cell.colSpan ?? 1); k++) {
          grid.push(null);
          raw.push("");
        }
      }
      out.push({ kind: "row", cells: grid, raw, table, row: r, source: block.source });
    });
    table++;
  }
  return out;
}

/** Non-empty cells of a row, with their grid index. */
export function filledCells(row: FlatRow): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  row.cells.forEach((text, index) => {
    if (text !== null) out.push({ index, text });
  });
  return out;
}
