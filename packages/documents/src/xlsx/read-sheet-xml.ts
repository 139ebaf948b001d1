import { JixiaoError } from "@jixiao/core";

/**
 * Worksheet XML scanned with regular expressions rather than a DOM: sheets can be large, and the row count
 * must be known (and refused when absurd) before anything is materialised.
 */
export interface RawCell {
  row: number;
  col: number;
  /** Cell type attribute (s, str, inlineStr, b, e, n). */
  type: string;
  style: number;
  /** <v> text or the inline string. */
  value: string;
}

export interface RawSheet {
  cells: RawCell[];
  merges: { r1: number; c1: number; r2: number; c2: number }[];
}

export interface SheetLimits {
  maxRows: number;
  maxCells: number;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : (NAMED[name ?? ""] ?? ""),
  );
}

/** "AB12" → { row: 12, col: 28 } (1-based). */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Text of an <si> / <is> element: its <t> runs, phonetic guides (<rPh>) left out. */
export function richText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += decodeXmlText(m[1] ?? "");
  return out;
}

/** `declared`: the sheet's own dimension says n; otherwise n is where counting stopped (the cap plus one). */
export function tooLarge(what: "rows" | "cells", n: number, sheet: string, declared = false): JixiaoError {
  const size = declared
    ? `${n} ${what === "rows" ? "行" : "个单元格"}`
    : `超过 ${n - 1} ${what === "rows" ? "行" : "个单元格"}`;
  return new JixiaoError("hostile_file", `sheet ${sheet}: ${what} ${declared ? "" : "> "}${declared ? n : n - 1}`, {
    userMessage: `工作表“${sheet}”过大（${size}），超出可读取的上限，已拒绝读取。请拆分后再上传。`,
  });
}

/**
 * Counts <row elements in the undecoded sheet bytes and refuses past the cap: a million-row sheet is turned away
 * before its text (twice its bytes as a JavaScript string) is ever built.
 */
export function refuseManyRows(bytes: Uint8Array, sheet: string, maxRows: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // <row …> and, in prefixed SpreadsheetML, <x:row …>
  const prefixed = buf.indexOf("<row") < 0 && buf.indexOf(":row") >= 0;
  const needle = prefixed ? ":row" : "<row";
  let rows = 0;
  for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + 4)) {
    if (++rows > maxRows) throw tooLarge("rows", rows, sheet);
  }
}

export function readSheetXml(xml: string, sheet: string, limits: SheetLimits): RawSheet {
  // The declared dimension first, then the real row count: both before any cell is read.
  const dim = /<dimension\s+ref="([^"]+)"/.exec(xml)?.[1];
  const last = dim?.split(":")[1];
  const declared = last ? parseRef(last)?.row : undefined;
  if (declared !== undefined && declared > limits.maxRows) throw tooLarge("rows", declared, sheet, true);
  let rows = 0;
  for (let i = xml.indexOf("<row"); i >= 0; i = xml.indexOf("<row", i + 4)) {
    if (++rows > limits.maxRows) throw tooLarge("rows", rows, sheet);
  }
  const cells: RawCell[] = [];
  let rowNo = 0;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = /\br="(\d+)"/.exec(rm[1] ?? "");
    rowNo = r ? Number(r[1]) : rowNo + 1;
    let colNo = 0;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? "";
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const pos = ref ? parseRef(ref) : null;
      colNo = pos ? pos.col : colNo + 1;
      const inner = cm[2] ?? "";
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
      let value = "";
      if (type === "inlineStr") {
        const is = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
        value = is ? richText(is) : "";
      } else {
        const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        value = v === undefined ? "" : decodeXmlText(v);
      }
      if (value === "" && style === 0) continue;
      cells.push({ row: pos ? pos.row : rowNo, col: colNo, type, style, value });
      if (cells.length > limits.maxCells) throw tooLarge("cells", cells.length, sheet);
    }
  }
  const merges: RawSheet["merges"] = [];
  for (const mm of xml.matchAll(/<mergeCell\s+ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = parseRef(mm[1] ?? "");
    const b = parseRef(mm[2] ?? "");
    if (a && b)
      merges.push({
        r1: Math.min(a.row, b.row),
        c1: Math.min(a.col, b.col),
        r2: Math.max(a.row, b.row),
        c2: Math.max(a.col, b.col),
      });
  }
  return { cells, merges };
}
