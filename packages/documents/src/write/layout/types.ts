/**
 * A format-neutral layout of an official document: the .docx and .xlsx writers render the same layout, so the
 * Word tables and the spreadsheet sheets cannot drift apart.
 */
export interface LCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: "left" | "center" | "right";
  /** The number behind the text, for spreadsheets (numbers stay numbers). */
  value?: number;
  /** Spreadsheet number format for `value`, e.g. "0.00" or "0%". */
  numFmt?: string;
}

export interface LTable {
  /** Relative column widths (any scale). */
  columns: number[];
  rows: LCell[][];
  /** Leading rows repeated at the top of each page. */
  headerRows?: number;
  borderless?: boolean;
}

export type LBlock =
  | { kind: "title"; text: string; pageBreakBefore?: boolean; size?: "cover" | "table" }
  | { kind: "heading"; level: 1 | 2; text: string; pageBreakBefore?: boolean; center?: boolean }
  | {
      kind: "paragraph";
      text: string;
      indent?: boolean;
      bold?: boolean;
      align?: "left" | "center" | "right";
      /** A line beside a table (单位：万元) in 小四 宋体 rather than 三号 body text. */
      small?: boolean;
    }
  | { kind: "table"; table: LTable }
  | { kind: "toc"; title: string }
  | { kind: "spacer"; lines: number }
  | { kind: "pageBreak" };

/** One spreadsheet sheet: its blocks are laid out top to bottom. */
export interface LSheet {
  name: string;
  blocks: LBlock[];
}

export interface LDocument {
  title: string;
  /** Wide tables (自评表) are printed landscape. */
  orientation?: "portrait" | "landscape";
  /** Cover and table of contents, each on their own pages without page numbers. */
  front: LBlock[];
  body: LBlock[];
  sheets: LSheet[];
}
