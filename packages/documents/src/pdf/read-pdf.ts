import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { sniffBytes } from "../zip-guard/sniff-bytes.ts";
import { type FontInfo, type PageContent, pageContent } from "./page-content.ts";
import { ruledTables } from "./ruled-tables.ts";
import { dropRepeatedHeaders, LIST_START, type PlacedBlock, positionedBlocks } from "./text-items-to-blocks.ts";

const require = createRequire(import.meta.url);

/** pdfjs's data folders: CMaps for Chinese fonts that are not embedded (else their text comes back empty). */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: `${join(root, "cmaps")}/`, standardFontDataUrl: `${join(root, "standard_fonts")}/` };
}

/** Page-number lines of headers and footers: "— 2 —", "-2-", "第 2 页", "2 / 17". */
const PAGE_NUMBER = /^(?:[—–-]\s*\d+\s*[—–-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A page-number line, also when its spaced-out parts came apart into a one-row table ("—", "2", "—"). */
function isPageNumber(b: Block): boolean {
  if (b.kind === "paragraph") return PAGE_NUMBER.test(b.text);
  const [row, ...more] = b.rows;
  return more.length === 0 && row !== undefined && PAGE_NUMBER.test(row.map((c) => c.text).join(" "));
}

export interface PdfLimits {
  maxPages: number;
  maxBytes: number;
}

export const defaultPdfLimits: PdfLimits = { maxPages: 500, maxBytes: 100 * 1024 * 1024 };

export type PdfPage = PageContent;

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
    const OPS = pdfjs.OPS as Record<string, number>;
    const fonts = new Map<string, FontInfo | null>();
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      // Annotations are not page text (getTextContent leaves them out too).
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const font = (name: string): FontInfo | null => {
        if (!fonts.has(name))
          fonts.set(name, page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontInfo) : null);
        return fonts.get(name) ?? null;
      };
      pages.push(pageContent(ops, OPS, font, pdfjs.normalizeUnicode));
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
  const placed = pages.map((p, i) => {
    const ruled = ruledTables(p.items, p.rules, i + 1, known);
    known.unshift(...ruled.columns);
    const rest = positionedBlocks(ruled.rest, i + 1);
    return [...ruled.blocks, ...rest].filter((b) => !isPageNumber(b.block)).sort((a, b) => b.y - a.y);
  });
  return dropRepeatedHeaders(joinAcrossPages(placed));
}

/**
 * A paragraph broken by a page break: the last line of a page runs to the right edge, and the first line of the
 * next page starts at the left edge (a new paragraph is indented, a heading centred) and is no list item.
 */
function joinAcrossPages(pages: PlacedBlock[][]): Block[] {
  const out: Block[] = [];
  let tail: PlacedBlock | undefined;
  for (const page of pages) {
    let joined = false;
    page.forEach((b, i) => {
      const a = tail?.edges;
      const e = b.edges;
      if (
        i === 0 &&
        a &&
        e &&
        tail?.block.kind === "paragraph" &&
        b.block.kind === "paragraph" &&
        Math.abs(a.size - e.size) < 1 &&
        a.lastX1 >= a.right - a.size * 2 &&
        a.lastX0 <= a.left + a.size * 2.5 &&
        Math.abs(e.firstX0 - a.left) <= e.size * 0.5 &&
        !LIST_START.test(b.block.text)
      ) {
        tail.block.text += b.block.text;
        tail.edges = { ...e, firstX0: a.firstX0 };
        joined = true;
        return;
      }
      out.push(b.block);
    });
    // A page holding only the middle of a long paragraph leaves that paragraph open for the next page.
    if (!(joined && page.length === 1)) tail = page[page.length - 1];
  }
  return out;
}
