export * from "./blocks.ts";
export { readDocx } from "./docx/index.ts";
export { readDoc, readLegacy, readXls } from "./legacy/index.ts";
export { readPdf } from "./pdf/index.ts";
export { readDocument, readText } from "./read-document.ts";
export * from "./text/index.ts";
export * from "./understand/index.ts";
export * from "./write/index.ts";
export { readXlsx } from "./xlsx/index.ts";
