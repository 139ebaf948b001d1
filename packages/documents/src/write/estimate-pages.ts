import type { LBlock, LTable } from "./layout/types.ts";

/**
 * Estimates the page each heading of the body starts on, for the page numbers of the 目录 (a TOC field that Word
 * refreshes on demand; LibreOffice and viewers show what is written). The model follows the writer's own sizes:
 * 三号 body text on 28 pt lines, 五号 table text, tables whose rows do not split.
 */
const TWIP_PER_PT = 20;

function lines(text: string, widthTwips: number, charTwips: number): number {
  return text
    .split("\n")
    .reduce((n, l) => n + Math.max(1, Math.ceil((l.length * charTwips) / Math.max(charTwips, widthTwips))), 0);
}

/** Width of a text in em: CJK characters and full-width punctuation one each, ASCII half. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/**
 * Lines of 三号 body text: as many whole characters per line as the text area holds (27 at our margins), the
 * first line two characters shorter when indented.
 */
function bodyLines(text: string, widthTwips: number, indent: boolean): number {
  const perLine = Math.floor(widthTwips / (16 * TWIP_PER_PT));
  return text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil((ems(l) + (indent ? 2 : 0)) / perLine)), 0);
}

function tableRowHeights(t: LTable, width: number): number[] {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => (c / total) * width);
  return t.rows.map((r) => {
    let col = 0;
    let h = 1;
    for (const c of r) {
      const span = c.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((a, x) => a + x, 0) - 160;
      col += span;
      // A merged cell's lines are shared by its rows.
      h = Math.max(h, Math.ceil(lines(c.text, w, 10.5 * TWIP_PER_PT) / (c.rowSpan ?? 1)));
    }
    return h * 300 + 60;
  });
}

export function estimateHeadingPages(
  blocks: LBlock[],
  contentWidth: number,
  pageHeight: number,
): { title: string; level: number; page: number }[] {
  const out: { title: string; level: number; page: number }[] = [];
  let page = 1;
  let y = 0;
  const place = (h: number): void => {
    if (y + h > pageHeight && y > 0) {
      page++;
      y = 0;
    }
    y += h;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        if (b.pageBreakBefore && y > 0) {
          page++;
          y = 0;
        }
        place(b.level === 1 ? 1440 : 1120);
        out.push({ title: b.text, level: b.level, page });
        break;
      case "paragraph":
        place(bodyLines(b.text, contentWidth, b.indent ?? false) * 560);
        break;
      case "title":
        place(1000);
        break;
      case "table":
        for (const h of tableRowHeights(b.table, contentWidth)) place(h);
        place(20);
        break;
      case "spacer":
        place(b.lines * 480);
        break;
      case "pageBreak":
        page++;
        y = 0;
        break;
      case "toc":
        break;
    }
  }
  return out;
}
