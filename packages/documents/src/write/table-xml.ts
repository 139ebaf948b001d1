import type { LCell, LTable } from "./layout/types.ts";

/**
 * WordprocessingML of one table, written directly: the docx package builds an object per XML node and takes
 * about a second for the ~1,500 cells of a 17-project 绩效文本, which must be written in well under 300 ms.
 * Vertical merges are expanded here into vMerge restart/continue cells.
 */
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface TableXmlOptions {
  contentWidth: number;
}

/** Cell paragraphs use the "TableText" paragraph style (宋体 五号, no spacing), so only bold needs a run property. */
export const TABLE_TEXT_STYLE = "TableText";

function paragraphs(c: LCell | null): string {
  const jc = c?.align === "center" ? "center" : c?.align === "right" ? "right" : "left";
  const pPr = `<w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/><w:jc w:val="${jc}"/></w:pPr>`;
  const rPr = c?.bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "";
  const lines = c ? c.text.split("\n") : [""];
  return lines
    .map((l) =>
      l === "" ? `<w:p>${pPr}</w:p>` : `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`,
    )
    .join("");
}

export function tableXml(t: LTable, o: TableXmlOptions): string {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => Math.round((c / total) * o.contentWidth));
  const border = t.borderless ? "nil" : "single";
  const b = (side: string): string => `<w:${side} w:val="${border}" w:sz="4" w:space="0" w:color="000000"/>`;
  let xml = `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, x) => a + x, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(b).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  // For each grid column: how many more rows a merge from above covers, and that merge's column span.
  const down: number[] = widths.map(() => 0);
  const downSpan: number[] = widths.map(() => 1);
  const cell = (col: number, span: number, vMerge: "restart" | "continue" | null, c: LCell | null): string => {
    const w = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
    const vm = vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : vMerge === "continue" ? "<w:vMerge/>" : "";
    return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vm}<w:vAlign w:val="center"/></w:tcPr>${paragraphs(c)}</w:tc>`;
  };
  t.rows.forEach((r, ri) => {
    xml += `<w:tr><w:trPr><w:cantSplit/>${ri < (t.headerRows ?? 0) ? "<w:tblHeader/>" : ""}</w:trPr>`;
    let col = 0;
    let k = 0;
    while (col < widths.length) {
      if ((down[col] ?? 0) > 0) {
        const span = downSpan[col] ?? 1;
        xml += cell(col, span, "continue", null);
        for (let x = col; x < col + span; x++) down[x] = (down[x] ?? 1) - 1;
        col += span;
        continue;
      }
      const c = r[k++];
      if (!c) break;
      const span = c.colSpan ?? 1;
      const rs = c.rowSpan ?? 1;
      xml += cell(col, span, rs > 1 ? "restart" : null, c);
      if (rs > 1) {
        for (let x = col; x < col + span; x++) down[x] = rs - 1;
        downSpan[col] = span;
      }
      col += span;
    }
    xml += "</w:tr>";
  });
  return `${xml}</w:tbl>`;
}
