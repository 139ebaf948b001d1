import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { sniffBytes } from "../zip-guard/sniff-bytes.ts";
import { type Rules, ruledTables } from "./ruled-tables.ts";
import { dropRepeatedHeaders, positionedBlocks, type TextItem } from "./text-items-to-blocks.ts";

const require = createRequire(import.meta.url);

/** pdfjs's data folders: CMaps for Chinese fonts that are not embedded (else their text comes back empty). */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: `${join(root, "cmaps")}/`, standardFontDataUrl: `${join(root, "standard_fonts")}/` };
}

/** Page-number lines of headers and footers: "— 2 —", "-2-", "第 2 页", "2 / 17". */
const PAGE_NUMBER = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

export interface PdfLimits {
  maxPages: number;
  maxBytes: number;
}

export const defaultPdfLimits: PdfLimits = { maxPages: 500, maxBytes: 100 * 1024 * 1024 };

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const PAINT = new Set([
  "stroke",
  "closeStroke",
  "fill",
  "eoFill",
  "fillStroke",
  "eoFillStroke",
  "closeFillStroke",
  "closeEOFillStroke",
]);

/** Straight horizontal and vertical rules (lines and thin filled rectangles) of a page's operator list. */
function rulesOf(fnArray: number[], argsArray: unknown[], ops: Record<string, number>): Rules {
  const names = new Map(Object.entries(ops).map(([k, v]) => [v, k]));
  const rules: Rules = { h: [], v: [] };
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const add = (x0: number, y0: number, x1: number, y1: number): void => {
    const p = (x: number, y: number) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]] as const;
    const [ax, ay] = p(x0, y0);
    const [bx, by] = p(x1, y1);
    if (Math.abs(ay - by) < 1.5 && Math.abs(ax - bx) > 3)
      rules.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 1.5 && Math.abs(ay - by) > 3)
      rules.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  };
  fnArray.forEach((fn, i) => {
    const name = names.get(fn);
    const args = argsArray[i] as unknown[];
    if (name === "save") stack.push(ctm);
    else if (name === "restore") ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (name === "transform") ctm = mul(args as Matrix, ctm);
    else if (name === "constructPath") {
      const paint = names.get(args[0] as number) ?? "";
      if (!PAINT.has(paint)) return;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) return;
      // Path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath.
      const pts: [number, number][] = [];
      let start: [number, number] = [0, 0];
      let cur: [number, number] = [0, 0];
      const segs: [number, number, number, number][] = [];
      for (let k = 0; k < data.length; ) {
        const op = data[k] ?? -1;
        if (op === 0) {
          cur = [data[k + 1] ?? 0, data[k + 2] ?? 0];
          start = cur;
          k += 3;
        } else if (op === 1) {
          const next: [number, number] = [data[k + 1] ?? 0, data[k + 2] ?? 0];
          segs.push([cur[0], cur[1], next[0], next[1]]);
          cur = next;
          pts.push(next);
          k += 3;
        } else if (op === 2) k += 7;
        else if (op === 3) k += 5;
        else if (op === 4) {
          segs.push([cur[0], cur[1], start[0], start[1]]);
          cur = start;
          k += 1;
        } else break;
      }
      const filled = paint.includes("ill");
      if (filled && segs.length >= 3) {
        // A thin filled rectangle is a rule along its long side.
        const xs = segs.flatMap((s) => [s[0], s[2]]);
        const ys = segs.flatMap((s) => [s[1], s[3]]);
        const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (maxY - minY < 2.5) add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        else if (maxX - minX < 2.5) add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        else for (const s of segs) add(s[0], s[1], s[2], s[3]);
      } else for (const s of segs) add(s[0], s[1], s[2], s[3]);
    }
  });
  return rules;
}

export interface PdfPage {
  items: TextItem[];
  rules: Rules;
}

/** The text layer and the ruling lines of each page. */
export async function readPdfPages(bytes: Uint8Array, limits: PdfLimits = defaultPdfLimits): Promise<PdfPage[]> {
  if (sniffBytes(bytes) !== "pdf") {
    throw new JixiaoError("unsupported_format", "not a PDF", { userMessage: "该文件不是有效的 PDF 文件。" });
  }
  if (bytes.byteLength > limits.maxBytes) {
    throw new JixiaoError("hostile_file", `PDF of ${bytes.byteLength} bytes`, {
      userMessage: "PDF 文件过大，已拒绝读取。",
    });
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  const task = pdfjs.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    ...pdfjsData(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") {
      throw new JixiaoError("unsupported_format", "password-protected PDF", {
        userMessage: "PDF 文件设有密码，无法读取，请取消密码保护后再上传。",
        cause: e,
      });
    }
    throw new JixiaoError("malformed_file", `PDF does not open: ${(e as Error).message}`, {
      userMessage: "PDF 文件已损坏或不完整，无法读取。",
      cause: e,
    });
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new JixiaoError("hostile_file", `PDF with ${doc.numPages} pages`, {
        userMessage: `PDF 页数过多（${doc.numPages} 页），超出可读取的上限。`,
      });
    }
    const pages: PdfPage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = it.transform as number[];
        items.push({ text: it.str, x, y, width: it.width, size: Math.hypot(a, b) || it.height });
      }
      const ops = await page.getOperatorList();
      pages.push({ items, rules: rulesOf(ops.fnArray, ops.argsArray, pdfjs.OPS as Record<string, number>) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * Reads a PDF's text layer into blocks: tables from their drawn borders (text placed into the cells by position),
 * text-only tables from aligned text positions, tables continued across pages with their repeated header dropped. Scanned PDFs without a text layer give no blocks (the front door reports it).
 */
export async function readPdf(bytes: Uint8Array, limits?: PdfLimits): Promise<Block[]> {
  const pages = await readPdfPages(bytes, limits);
  const known: number[][] = [];
  const blocks = pages.flatMap((p, i) => {
    const ruled = ruledTables(p.items, p.rules, i + 1, known);
    known.unshift(...ruled.columns);
    const rest = positionedBlocks(ruled.rest, i + 1);
    return [...ruled.blocks, ...rest]
      .filter((b) => !(b.block.kind === "paragraph" && PAGE_NUMBER.test(b.block.text)))
      .sort((a, b) => b.y - a.y)
      .map((b) => b.block);
  });
  return dropRepeatedHeaders(blocks);
}
