export * from "./department-table.ts";
export * from "./document.ts";
export * from "./execution.ts";
export * from "./indicator.ts";
export * from "./org.ts";
export * from "./project.ts";
export * from "./value.ts";
