export { layoutDocument } from "./layout/layout-document.ts";
export type { LBlock, LCell, LDocument, LSheet, LTable } from "./layout/types.ts";
export { writeDocx } from "./write-docx.ts";
export { writePdf } from "./write-pdf.ts";
export { writeXlsx } from "./write-xlsx.ts";
