import ExcelJS from "exceljs";
import { openZip } from "../zip-guard/open-zip.ts";
import { writeZip } from "../zip-guard/write-zip.ts";
import type { LBlock, LCell, LDocument, LSheet, LTable } from "./layout/types.ts";

/** Text that a spreadsheet could take for a formula (=, +, -, @) or a control character at the start. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function sheetWidth(sheet: LSheet): number {
  return Math.max(1, ...sheet.blocks.map((b) => (b.kind === "table" ? b.table.columns.length : 1)));
}

function widestTable(sheet: LSheet): LTable | null {
  let best: LTable | null = null;
  for (const b of sheet.blocks)
    if (b.kind === "table" && (!best || b.table.columns.length > best.columns.length)) best = b.table;
  return best;
}

interface Guarded {
  sheet: number;
  address: string;
}

function putCell(
  ws: ExcelJS.Worksheet,
  r: number,
  c: number,
  cell: LCell,
  guarded: Guarded[],
  sheetIndex: number,
): void {
  const target = ws.getCell(r, c);
  if (cell.value !== undefined) {
    target.value = cell.value;
    if (cell.numFmt) target.numFmt = cell.numFmt;
  } else {
    // Always a plain string: exceljs writes strings as shared strings, never formulas; formula-like text also
    // gets quotePrefix (set after packing) so that editing the cell in Excel keeps it text.
    target.value = cell.text;
    if (FORMULA_LIKE.test(cell.text)) guarded.push({ sheet: sheetIndex, address: target.address });
  }
  target.alignment = {
    vertical: "middle",
    horizontal: cell.align ?? "left",
    wrapText: true,
  };
  if (cell.bold) target.font = { name: "宋体", size: 10.5, bold: true };
}

/**
 * Sheet column of each table column boundary: a borderless line narrower than the sheet's grid (the two-cell unit
 * line over a seven-column project table) spreads its cells over the sheet columns in proportion, as Word does.
 */
function columnMap(t: LTable, grid: number[]): number[] {
  const n = t.columns.length;
  // Ruled tables keep one sheet column per table column (readers of the department table go by position).
  if (n >= grid.length || grid.length === 0 || !t.borderless) return Array.from({ length: n + 1 }, (_, i) => i);
  const total = t.columns.reduce((a, b) => a + b, 0);
  const sheetTotal = grid.reduce((a, b) => a + b, 0);
  const edges = [0];
  let acc = 0;
  let sheetAcc = 0;
  let col = 0;
  for (let j = 0; j < n; j++) {
    acc += (t.columns[j] ?? 0) / total;
    // advance to the sheet boundary nearest this table boundary, at least one column per table column
    let best = col + 1;
    let at = sheetAcc + (grid[col] ?? 0) / sheetTotal;
    for (let k = col + 1; k < grid.length - (n - 1 - j); k++) {
      const next = at + (grid[k] ?? 0) / sheetTotal;
      if (Math.abs(next - acc) >= Math.abs(at - acc)) break;
      at = next;
      best = k + 1;
    }
    if (j === n - 1) best = Math.max(best, grid.length);
    for (let k = col; k < best; k++) sheetAcc += (grid[k] ?? 0) / sheetTotal;
    col = best;
    edges.push(best);
  }
  return edges;
}

function renderTable(
  ws: ExcelJS.Worksheet,
  top: number,
  t: LTable,
  grid: number[],
  guarded: Guarded[],
  sheetIndex: number,
): number {
  const cols = t.columns.length;
  const edge = columnMap(t, grid);
  const sheetCols = edge[cols] ?? cols;
  const unitsOf = (from: number, to: number): number =>
    grid.length === 0 ? 20 : grid.slice(edge[from] ?? 0, edge[to] ?? 0).reduce((a, b) => a + b, 0);
  const down: number[] = new Array(cols).fill(0);
  const heights: number[] = t.rows.map(() => 1);
  t.rows.forEach((row, ri) => {
    const r = top + ri;
    let col = 0;
    let k = 0;
    while (col < cols) {
      if ((down[col] ?? 0) > 0) {
        down[col] = (down[col] ?? 1) - 1;
        col++;
        continue;
      }
      const cell = row[k++];
      if (!cell) break;
      const span = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      const first = (edge[col] ?? col) + 1;
      const last = edge[Math.min(cols, col + span)] ?? col + span;
      putCell(ws, r, first, cell, guarded, sheetIndex);
      if (last > first || rs > 1) ws.mergeCells(r, first, r + rs - 1, last);
      // A merged cell's lines are shared by the rows it spans.
      const lines = wrappedLines(cell.text, unitsOf(col, Math.min(cols, col + span)) * 1.1);
      heights[ri] = Math.max(heights[ri] ?? 1, Math.ceil(lines / rs));
      for (let x = col; x < Math.min(cols, col + span); x++) down[x] = rs - 1;
      col += span;
    }
    for (let c = 1; c <= sheetCols; c++) {
      const cell = ws.getCell(r, c);
      if (!t.borderless) cell.border = BORDER;
      if (!cell.font) cell.font = { name: "宋体", size: 10.5 };
    }
    ws.getRow(r).height = Math.max(16, (heights[ri] ?? 1) * 14 + 4);
  });
  return top + t.rows.length;
}

function renderBlock(
  ws: ExcelJS.Worksheet,
  row: number,
  b: LBlock,
  width: number,
  grid: number[],
  guarded: Guarded[],
  sheetIndex: number,
): number {
  switch (b.kind) {
    case "title":
    case "heading":
    case "paragraph": {
      const cell: LCell = { text: b.text, align: b.kind === "paragraph" ? (b.align ?? "left") : "center" };
      putCell(ws, row, 1, cell, guarded, sheetIndex);
      if (width > 1) ws.mergeCells(row, 1, row, width);
      const big = b.kind === "title";
      ws.getCell(row, 1).font = { name: big ? "黑体" : "仿宋_GB2312", size: big ? 16 : 11, bold: big };
      ws.getRow(row).height = big
        ? 30
        : Math.max(
            18,
            wrappedLines(
              b.text,
              grid.reduce((a, x) => a + x, 0),
            ) *
              15 +
              3,
          );
      return row + 1;
    }
    case "table":
      return renderTable(ws, row, b.table, grid, guarded, sheetIndex);
    default:
      return row;
  }
}

/** Lines a paragraph wraps to in a merged cell `units` wide (a Chinese character takes about two width units). */
function wrappedLines(text: string, units: number): number {
  const perLine = Math.max(1, Math.floor(units / 2.1));
  return text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

/** Adds quotePrefix="1" to the styles of the guarded cells (exceljs has no such style property). */
function applyQuotePrefix(bytes: Uint8Array, guarded: Guarded[]): Uint8Array {
  if (guarded.length === 0) return bytes;
  const zip = openZip(bytes);
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const stylesXml = dec.decode(zip.read("xl/styles.xml") ?? new Uint8Array());
  const xfsMatch = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfsMatch) return bytes;
  const xfs = [...(xfsMatch[2] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const clones = new Map<number, number>();
  const extra: string[] = [];
  const cloneOf = (s: number): number => {
    const known = clones.get(s);
    if (known !== undefined) return known;
    const base = xfs[s] ?? "<xf/>";
    const quoted = base.replace(/^<xf\b/, '<xf quotePrefix="1"');
    const index = xfs.length + extra.length;
    extra.push(quoted);
    clones.set(s, index);
    return index;
  };
  const bySheet = new Map<number, Set<string>>();
  for (const g of guarded) {
    const set = bySheet.get(g.sheet) ?? new Set<string>();
    set.add(g.address);
    bySheet.set(g.sheet, set);
  }
  const patched = new Map<string, Uint8Array>();
  for (const [sheet, addresses] of bySheet) {
    const name = `xl/worksheets/sheet${sheet}.xml`;
    const xml = dec.decode(zip.read(name) ?? new Uint8Array());
    const out = xml.replace(/<c r="([A-Z]+\d+)"( s="(\d+)")?/g, (m, addr: string, _s: string, s: string | undefined) =>
      addresses.has(addr) ? `<c r="${addr}" s="${cloneOf(Number(s ?? 0))}"` : m,
    );
    patched.set(name, enc.encode(out));
  }
  const newStyles = stylesXml.replace(
    xfsMatch[0],
    `<cellXfs count="${xfs.length + extra.length}">${xfsMatch[2]}${extra.join("")}</cellXfs>`,
  );
  patched.set("xl/styles.xml", enc.encode(newStyles));
  return writeZip(
    [...zip.entries.keys()].map((name) => ({ name, data: patched.get(name) ?? zip.read(name) ?? new Uint8Array() })),
  );
}

/** Renders the layout's sheets as .xlsx: merged cells, borders, numbers as numbers, formula-like text guarded. */
export async function renderXlsx(layout: LDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jixiao 绩效";
  wb.title = layout.title;
  const guarded: Guarded[] = [];
  layout.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name, {
      pageSetup: {
        paperSize: 9,
        orientation: layout.orientation ?? "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const width = sheetWidth(sheet);
    const widest = widestTable(sheet);
    const total = widest ? widest.columns.reduce((a, b) => a + b, 0) : 1;
    const grid: number[] = [];
    for (let c = 1; c <= width; c++) {
      const rel = widest?.columns[c - 1];
      // A sheet of paragraphs only (部门整体绩效目标) gets one column as wide as a printed page.
      const w = rel === undefined ? (width === 1 ? 80 : 40) : Math.max(8, Math.round((rel / total) * 110));
      ws.getColumn(c).width = w;
      grid.push(w);
    }
    let row = 1;
    for (const b of sheet.blocks) row = renderBlock(ws, row, b, width, grid, guarded, i + 1);
  });
  const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
  return applyQuotePrefix(buffer, guarded);
}
