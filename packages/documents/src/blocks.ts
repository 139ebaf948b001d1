/**
 * The common shape every reader hands to table understanding: paragraphs and tables of cells, in document order.
 * Text, .docx, .xlsx and .pdf readers differ only in how they get here; one module understands what the
 * blocks mean (projects, indicator tables, self-evaluation, department tables).
 */
export interface Cell {
  /** Cell text; line breaks inside the cell kept as "\n" (understanding decides whether to join them). */
  text: string;
  /** Columns this cell spans (gridSpan / merged range); 1 when absent. */
  colSpan?: number;
  /** True when this cell continues a vertical merge from the row above (vMerge continue / merged range). */
  mergedFromAbove?: boolean;
}

export interface SourcePos {
  page?: number;
  line?: number;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  source?: SourcePos;
}

export interface TableBlock {
  kind: "table";
  rows: Cell[][];
  source?: SourcePos;
}

export type Block = ParagraphBlock | TableBlock;
