export * from "./accounts.ts";
export * from "./content.ts";
export * from "./documents.ts";
export * from "./regions.ts";
export * from "./review.ts";
