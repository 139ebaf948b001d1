export * from "./blocks.ts";
export * from "./text/index.ts";
