export * from "./derive-monitoring-report.ts";
export * from "./derive-self-evaluation.ts";
export * from "./distribute-weights.ts";
