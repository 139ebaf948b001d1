import type { Block, Cell } from "../blocks.ts";
import { attrOf, childOf, childrenOf, tagOf, type XmlNode } from "../zip-guard/parse-xml.ts";
import type { Numbering } from "./numbering.ts";

/** State carried through one document body. */
export interface BodyContext {
  numbering: Numbering;
  /** 1-based page, advanced at explicit page breaks. */
  page: number;
  /** Inside a content control that shows its placeholder ("单击或点击此处输入文字。"): its text is not content. */
  placeholder?: number;
}

/** A content control still showing its placeholder prompt: empty, whatever its run text says. */
function showsPlaceholder(sdt: XmlNode): boolean {
  const pr = childOf(sdt, "w:sdtPr");
  return pr !== undefined && childOf(pr, "w:showingPlcHdr") !== undefined;
}

/** Rows and cells that flatten() found inside a placeholder content control. */
const inPlaceholder = new WeakSet<XmlNode>();

function withPlaceholder<T>(ctx: BodyContext, on: boolean, read: () => T): T {
  if (!on) return read();
  ctx.placeholder = (ctx.placeholder ?? 0) + 1;
  try {
    return read();
  } finally {
    ctx.placeholder = (ctx.placeholder ?? 1) - 1;
  }
}

/** Containers whose children are read as if they stood in the parent (content controls, tracked insertions …). */
const transparent = new Set([
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:hyperlink",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
  "w:r",
]);

/** Text of the text boxes inside a drawing, one entry per paragraph (mc:Choice preferred over the fallback copy). */
function textBoxes(node: XmlNode, ctx: BodyContext, out: string[]): void {
  for (const c of childrenOf(node)) {
    const tag = tagOf(c);
    if (tag === "w:txbxContent") {
      const blocks: Block[] = [];
      readBlocks(childrenOf(c), ctx, blocks);
      for (const b of blocks) if (b.kind === "paragraph") out.push(b.text);
      continue;
    }
    if (tag === "mc:Fallback") continue;
    if (tag === "#text" || tag === ":@") continue;
    textBoxes(c, ctx, out);
  }
}

/**
 * Word's Insert Symbol writes ≥ and ≤ as <w:sym w:font="Symbol" w:char="F0B3"/>: private-use codes F020–F0FF
 * standing for the Adobe Symbol encoding. The signs of target values are mapped; other symbol-font glyphs
 * (Wingdings ticks and boxes) carry no text and are dropped.
 */
const SYMBOL_FONT: Record<number, string> = {
  60: "<",
  61: "=",
  62: ">",
  163: "≤",
  176: "°",
  177: "±",
  179: "≥",
  180: "×",
  184: "÷",
  185: "≠",
  187: "≈",
  215: "·",
};

function symbolText(sym: XmlNode): string {
  const code = Number.parseInt(attrOf(sym, "w:char") ?? "", 16);
  if (!Number.isFinite(code)) return "";
  const font = (attrOf(sym, "w:font") ?? "").toLowerCase();
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (font === "symbol") return SYMBOL_FONT[low] ?? "";
  if (code >= 0xf000 && code <= 0xf0ff) return "";
  return String.fromCodePoint(code);
}

function runText(nodes: XmlNode[], ctx: BodyContext, boxes: string[]): string {
  let s = "";
  for (const n of nodes) {
    const tag = tagOf(n);
    switch (tag) {
      case "w:sdt":
        s += withPlaceholder(ctx, showsPlaceholder(n), () => runText(childrenOf(n), ctx, boxes));
        break;
      case "w:t":
        if (ctx.placeholder) break;
        for (const c of childrenOf(n)) {
          const t = c["#text"];
          if (t !== undefined) s += String(t);
        }
        break;
      case "w:tab":
      case "w:ptab":
        s += "\t";
        break;
      case "w:br":
        if (attrOf(n, "w:type") === "page") ctx.page++;
        else s += "\n";
        break;
      case "w:cr":
        s += "\n";
        break;
      case "w:sym":
        s += symbolText(n);
        break;
      case "w:noBreakHyphen":
        s += "-";
        break;
      case "w:softHyphen":
        break;
      case "w:drawing":
      case "w:pict":
      case "mc:AlternateContent":
      case "w:object":
        textBoxes(n, ctx, boxes);
        break;
      default:
        if (transparent.has(tag)) s += runText(childrenOf(n), ctx, boxes);
    }
  }
  return s;
}

function paragraph(p: XmlNode, ctx: BodyContext, out: Block[]): void {
  const pPr = childOf(p, "w:pPr");
  let label = "";
  if (pPr) {
    if (childOf(pPr, "w:pageBreakBefore")) ctx.page++;
    const numPr = childOf(pPr, "w:numPr");
    const numId = numPr && childOf(numPr, "w:numId");
    if (numId) {
      const ilvl = childOf(numPr as XmlNode, "w:ilvl");
      label = ctx.numbering.next(attrOf(numId, "w:val") ?? "", Number((ilvl && attrOf(ilvl, "w:val")) ?? 0));
    }
  }
  const page = ctx.page;
  const boxes: string[] = [];
  const text = runText(childrenOf(p), ctx, boxes);
  for (const b of boxes) if (b.trim() !== "") out.push({ kind: "paragraph", text: b, source: { page } });
  if (text.trim() !== "") out.push({ kind: "paragraph", text: label + text, source: { page } });
  if (pPr && childOf(pPr, "w:sectPr")) ctx.page++;
}

function intVal(node: XmlNode | undefined, fallback: number): number {
  const v = node ? Number(attrOf(node, "w:val")) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Children of a table or row, looking through content controls and custom XML that may wrap rows and cells. */
function flatten(nodes: XmlNode[], want: string, out: XmlNode[] = [], placeholder = false): XmlNode[] {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === want) {
      out.push(n);
      if (placeholder) inPlaceholder.add(n);
    } else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml" || tag === "w:ins") {
      flatten(childrenOf(n), want, out, placeholder || (tag === "w:sdt" && showsPlaceholder(n)));
    }
  }
  return out;
}

interface ReadCell {
  cell: Cell;
  nested: Cell[][] | null;
  /** Text standing above a nested table in the same cell (a label such as 绩效指标): it goes to the left of the rows. */
  label?: string;
}

function readCell(tc: XmlNode, ctx: BodyContext): ReadCell & { hMergeContinue: boolean } {
  return withPlaceholder(ctx, inPlaceholder.has(tc), () => readCellContent(tc, ctx));
}

function readCellContent(tc: XmlNode, ctx: BodyContext): ReadCell & { hMergeContinue: boolean } {
  const tcPr = childOf(tc, "w:tcPr");
  const span = intVal(tcPr && childOf(tcPr, "w:gridSpan"), 1);
  const vMerge = tcPr && childOf(tcPr, "w:vMerge");
  const hMerge = tcPr && childOf(tcPr, "w:hMerge");
  const inner: Block[] = [];
  readBlocks(childrenOf(tc), ctx, inner);
  const lead: string[] = [];
  const texts: string[] = [];
  let nested: Cell[][] | null = null;
  for (const b of inner) {
    if (b.kind === "paragraph") texts.push(b.text);
    else if (nested === null) {
      nested = b.rows;
      lead.push(...texts.splice(0));
    } else for (const r of b.rows) texts.push(r.map((c) => c.text).join(" "));
  }
  const cell: Cell = { text: texts.join("\n") };
  if (span > 1) cell.colSpan = span;
  const vm = vMerge ? (attrOf(vMerge, "w:val") ?? "continue") : null;
  if (vm === "continue") cell.mergedFromAbove = true;
  // A nested table with text after it is flattened into the cell text.
  if (nested && texts.length > 0) {
    cell.text = [...lead, ...nested.map((r) => r.map((c) => c.text).join(" ")), ...texts].join("\n");
    nested = null;
  }
  if (nested && lead.length > 0) return { cell, nested, label: lead.join("\n"), hMergeContinue: false };
  return { cell, nested, hMergeContinue: hMerge !== undefined && attrOf(hMerge, "w:val") !== "restart" };
}

function readTable(tbl: XmlNode, ctx: BodyContext): Block {
  const page = ctx.page;
  const rows: Cell[][] = [];
  for (const tr of flatten(childrenOf(tbl), "w:tr")) {
    const trPr = childOf(tr, "w:trPr");
    // A row deleted with track changes on is still in the file but no longer in the document.
    if (trPr && childOf(trPr, "w:del")) continue;
    const before = intVal(trPr && childOf(trPr, "w:gridBefore"), 0);
    const after = intVal(trPr && childOf(trPr, "w:gridAfter"), 0);
    const cells: ReadCell[] = [];
    if (before > 0) cells.push({ cell: before > 1 ? { text: "", colSpan: before } : { text: "" }, nested: null });
    for (const tc of flatten(childrenOf(tr), "w:tc", [], inPlaceholder.has(tr))) {
      const rc = readCell(tc, ctx);
      const prev = cells[cells.length - 1];
      if (rc.hMergeContinue && prev) {
        // Legacy horizontal merge: the continuing cell widens the one before it.
        prev.cell.colSpan = (prev.cell.colSpan ?? 1) + (rc.cell.colSpan ?? 1);
        continue;
      }
      cells.push(rc);
    }
    if (after > 0) cells.push({ cell: after > 1 ? { text: "", colSpan: after } : { text: "" }, nested: null });
    const nestedAt = cells.findIndex((c) => c.nested !== null);
    const nested = nestedAt >= 0 ? cells[nestedAt]?.nested : null;
    if (!nested || cells.filter((c) => c.nested !== null).length > 1) {
      rows.push(cells.map((c) => (c.nested ? flattenNested(c) : c.cell)));
      continue;
    }
    // One cell holds a table (a form laid out as a table in a table): its rows replace this row, the cells
    // beside it continue downwards as vertical merges.
    nested.forEach((nestedRow, k) => {
      const row: Cell[] = [];
      cells.forEach((c, i) => {
        if (i === nestedAt) {
          if (c.label !== undefined) row.push(k === 0 ? { text: c.label } : { text: "", mergedFromAbove: true });
          row.push(...nestedRow);
        } else if (k === 0) row.push(c.cell);
        else row.push({ text: "", mergedFromAbove: true, ...(c.cell.colSpan ? { colSpan: c.cell.colSpan } : {}) });
      });
      rows.push(row);
    });
  }
  return { kind: "table", rows, source: { page } };
}

function flattenNested(c: ReadCell): Cell {
  const rows = (c.nested ?? []).map((r) => r.map((x) => x.text).join(" "));
  const text = (c.label === undefined ? rows : [c.label, ...rows]).join("\n");
  return { ...c.cell, text };
}

/** Reads body-level content (paragraphs, tables, content controls) into blocks, in document order. */
export function readBlocks(nodes: XmlNode[], ctx: BodyContext, out: Block[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") paragraph(n, ctx, out);
    else if (tag === "w:tbl") out.push(readTable(n, ctx));
    else if (tag === "w:sdt") withPlaceholder(ctx, showsPlaceholder(n), () => readBlocks(childrenOf(n), ctx, out));
    else if (tag === "w:sdtContent" || tag === "w:customXml" || tag === "w:ins" || tag === "w:moveTo") {
      readBlocks(childrenOf(n), ctx, out);
    } else if (tag === "w:sectPr") ctx.page++;
  }
}
