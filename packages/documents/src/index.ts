export * from "./blocks.ts";
export { readDocument, readText } from "./read-document.ts";
export * from "./text/index.ts";
export * from "./understand/index.ts";
