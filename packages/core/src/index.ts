export * from "./decimal.ts";
export * from "./errors.ts";
export * from "./model/index.ts";
export type * from "./value/types.ts";
export * from "./exchange/parse-document.ts";
export * from "./workflow/index.ts";
