export { type LegacyKind, readDoc, readLegacy, readXls } from "./read-legacy.ts";
export { convertWithSoffice, findSoffice } from "./run-soffice.ts";
