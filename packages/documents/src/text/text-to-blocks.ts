/**
 * Text → Block[]: find the tables in plain text, whatever layout the converter that made the text used.
 *
 * Layouts recognised (they can mix in one file; each is decided per line and its neighbours, not per file):
 * - "cells": Word tables saved as text — a row starts after a blank line, each cell starts with a TAB at the start
 *   of a line, lines without a leading TAB continue the previous cell ("项目\n编码"), a lone TAB is an empty cell.
 *   One blank line separates rows, two or more (or a paragraph) end the table.
 * - "rows": one row per line, cells separated by TABs (a blank line ends the table).
 * - "pipe": `| a | b |` lines, markdown separator rows skipped.
 * - "spaces": two or more consecutive lines whose cells are separated by runs of 2+ spaces or ideographic spaces.
 * - "one cell per line": a run of known column labels, one per line, followed by the cells one per line
 *   (grouped into rows by blank lines when present, else by the number of labels).
 * Everything else is a paragraph, one per line.
 */
import type { Block, Cell, ParagraphBlock, SourcePos, TableBlock } from "../blocks.ts";
import { columnRoleOf } from "../understand/labels.ts";
import { type Line, prepareLines } from "./prepare-lines.ts";

type Layout = "cells" | "rows" | "pipe" | "spaces" | "lines";

interface OpenTable {
  block: TableBlock;
  layout: Layout;
}

/** Paragraphs remember how many blank lines preceded them, for the post-passes that rebuild tables. */
interface Para {
  block: ParagraphBlock;
  blankBefore: number;
}

type Item = { para: Para } | { table: OpenTable };

export function textToBlocks(text: string): Block[] {
  const lines = prepareLines(text);
  const items = groupLines(lines);
  return rebuildTables(items);
}

function pos(l: Line): SourcePos {
  return { page: l.page, line: l.line };
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Lines of a pipe table written without the outer pipes ("项目名称|乡村振兴", "|推广…|推广…"): two or more consecutive
 * lines with a "|" and no tab, not all of them markdown rows. Their cells are split at every "|", so a leading "|"
 * is an empty first cell (a merged cell above), as the writer meant.
 */
function barePipeLines(lines: readonly Line[]): Set<number> {
  const bare = new Set<number>();
  let start = 0;
  const flush = (end: number) => {
    const run = lines.slice(start, end);
    const rows = run.filter((l) => !PIPE_SEPARATOR.test(l.text));
    if (run.length >= 2 && rows.some((l) => !PIPE_ROW.test(l.text))) for (let k = start; k < end; k++) bare.add(k);
  };
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    if (l !== undefined && !l.blank && l.text.includes("|") && !l.text.includes("\t")) continue;
    flush(i);
    start = i + 1;
  }
  return bare;
}

function groupLines(lines: Line[]): Item[] {
  const items: Item[] = [];
  const bare = barePipeLines(lines);
  let table: OpenTable | null = null;
  let row: Cell[] | null = null;
  let blank = 0;
  let prevRowsLine = false;

  const closeRow = () => {
    if (row && table) table.block.rows.push(row);
    row = null;
  };
  const closeTable = () => {
    closeRow();
    table = null;
  };
  const openTable = (layout: Layout, l: Line): OpenTable => {
    closeTable();
    const t: OpenTable = { block: { kind: "table", rows: [], source: pos(l) }, layout };
    items.push({ table: t });
    table = t;
    return t;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank) {
      closeRow();
      if (table && (table as OpenTable).layout !== "cells") closeTable();
      blank++;
      prevRowsLine = false;
      continue;
    }
    const t = l.text;
    const startsWithTab = t.charCodeAt(0) === 9;
    const innerTab = t.indexOf("\t", startsWithTab ? 1 : 0) >= 0;
    const current = table as OpenTable | null;

    if (bare.has(i) || (PIPE_ROW.test(t) && !t.includes("\t"))) {
      if (!PIPE_SEPARATOR.test(t)) {
        const tb = current && current.layout === "pipe" && blank === 0 ? current : openTable("pipe", l);
        tb.block.rows.push(bare.has(i) ? t.split("|").map((c) => ({ text: c.trim() })) : splitPipe(t));
      }
      prevRowsLine = false;
    } else if (PIPE_SEPARATOR.test(t) && current?.layout === "pipe") {
      // markdown header separator: nothing to keep
    } else if (innerTab || (startsWithTab && prevRowsLine && current?.layout === "rows")) {
      closeRow();
      const tb = current && current.layout === "rows" && blank === 0 ? current : openTable("rows", l);
      tb.block.rows.push(t.split("\t").map((c) => ({ text: c })));
      prevRowsLine = true;
    } else if (startsWithTab) {
      if (row && blank === 0) {
        (row as Cell[]).push({ text: t.slice(1) });
      } else {
        closeRow();
        if (!(current && current.layout === "cells" && blank <= 1)) openTable("cells", l);
        row = [{ text: t.slice(1) }];
      }
      prevRowsLine = false;
    } else if (row && blank === 0) {
      // a wrapped cell: the line continues the last cell of the open row
      const last = (row as Cell[])[(row as Cell[]).length - 1] as Cell;
      last.text = `${last.text}\n${t}`;
    } else if (prevRowsLine && current?.layout === "rows" && nextIsRowsLine(lines, i)) {
      // a wrapped cell between two tab-separated rows: continue the last non-empty cell of the previous row
      const rows = current.block.rows;
      const prev = rows[rows.length - 1] ?? [];
      const target = [...prev].reverse().find((c) => c.text.trim() !== "") ?? prev[prev.length - 1];
      if (target) target.text = `${target.text}\n${t}`;
    } else {
      closeTable();
      items.push({ para: { block: { kind: "paragraph", text: t, source: pos(l) }, blankBefore: blank } });
      prevRowsLine = false;
    }
    blank = 0;
  }
  closeTable();
  return items.filter((it) => !("table" in it) || it.table.block.rows.length > 0);
}

function nextIsRowsLine(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && !next.blank && next.text.slice(1).includes("\t");
}

function splitPipe(t: string): Cell[] {
  const inner = t.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((c) => ({ text: c.trim() }));
}

const SPACE_SPLIT = /[ \u00a0]{2,}|\u3000+/;

function spaceCells(text: string): string[] {
  return text
    .trim()
    .split(SPACE_SPLIT)
    .map((c) => c.trim());
}

/** Second pass: paragraphs that are really tables (space-separated columns, one cell per line). */
function rebuildTables(items: Item[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < items.length) {
    const it = items[i] as Item;
    if ("table" in it) {
      out.push(it.table.block);
      i++;
      continue;
    }
    const spaced = spacedRun(items, i);
    if (spaced > 0) {
      const paras = items.slice(i, i + spaced) as { para: Para }[];
      out.push({
        kind: "table",
        rows: paras.map((p) => spaceCells(p.para.block.text).map((c) => ({ text: c }))),
        source: paras[0]?.para.block.source,
      });
      i += spaced;
      continue;
    }
    const lined = oneCellPerLine(items, i);
    if (lined) {
      out.push(lined.table);
      i += lined.consumed;
      continue;
    }
    out.push(it.para.block);
    i++;
  }
  return out;
}

/** Length of the run of ≥2 adjacent paragraphs that split into ≥2 space-separated cells (one of them ≥3). */
function spacedRun(items: Item[], start: number): number {
  let n = 0;
  let wide = false;
  for (let j = start; j < items.length; j++) {
    const it = items[j] as Item;
    if (!("para" in it) || (j > start && it.para.blankBefore > 0)) break;
    const cells = spaceCells(it.para.block.text);
    if (cells.length < 2) break;
    if (cells.length >= 3) wide = true;
    n++;
  }
  return n >= 2 && wide ? n : 0;
}

/**
 * A run of ≥3 paragraphs that are each a known column label (at least one of 一级指标 / 三级指标) is a header
 * written one cell per line. The following paragraphs are its cells: one row per blank-line-separated group when
 * the header is followed by a blank line, else `header length` cells per row, until two blank lines or a line
 * that could not be a cell (another label run).
 */
function oneCellPerLine(items: Item[], start: number): { table: TableBlock; consumed: number } | null {
  const header: string[] = [];
  let j = start;
  for (; j < items.length; j++) {
    const it = items[j] as Item;
    if (!("para" in it) || (j > start && it.para.blankBefore > 0)) break;
    const text = it.para.block.text.trim();
    if (columnRoleOf(text) === null) break;
    header.push(text);
  }
  const roles = header.map((h) => columnRoleOf(h));
  if (header.length < 3 || !(roles.includes("level1") || roles.includes("name"))) return null;
  const rows: Cell[][] = [header.map((h) => ({ text: h }))];
  const first = items[j];
  const grouped = first !== undefined && "para" in first && first.para.blankBefore === 1;
  let row: Cell[] = [];
  for (; j < items.length; j++) {
    const it = items[j] as Item;
    if (!("para" in it)) break;
    const { blankBefore, block } = it.para;
    if (blankBefore >= 2 || (!grouped && blankBefore >= 1 && row.length === 0 && rows.length > 1)) break;
    if (columnRoleOf(block.text.trim()) !== null && row.length === 0 && rows.length > 1) {
      // a repeated header (page break) or another table: stop here, let the next pass see it
      break;
    }
    if (grouped && blankBefore === 1 && row.length > 0) {
      rows.push(row);
      row = [];
    }
    row.push({ text: block.text });
    if (!grouped && row.length === header.length) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  if (rows.length < 2) return null;
  const source = (items[start] as { para: Para }).para.block.source;
  return { table: { kind: "table", rows, source }, consumed: j - start };
}
