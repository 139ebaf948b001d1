export { type AlignedRow, alignRow, type HeaderMap, headerOf, type RowFields, splitGluedLabels } from "./column-map.ts";
export { flattenBlocks, type Item, type ParagraphItem, type RowItem } from "./flatten.ts";
export * from "./labels.ts";
export { readIndicatorRows } from "./read-indicator-rows.ts";
export { readOverallGoals } from "./read-overall-goals.ts";
export { readProjectHead } from "./read-project-head.ts";
export type { ReadResult, ReadWarning } from "./read-result.ts";
export { splitGoals } from "./split-goals.ts";
export { understandBlocks } from "./understand-blocks.ts";
