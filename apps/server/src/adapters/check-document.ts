import type { PerformanceDocument } from "@jixiao/core";
import * as core from "@jixiao/core";

/**
 * The checks team's `checkDocument` (packages/core/src/checks/), reached through the package namespace so that the
 * server builds and runs while it is still being written; without it every document checks clean and the report
 * says so (`available: false`).
 */
export interface CheckFinding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  location?: { section?: string; projectIndex?: number; projectName?: string; indicatorIndex?: number; field?: string };
  suggestion?: string | null;
}

export interface CheckOutcome {
  available: boolean;
  report: { findings: CheckFinding[]; verdict?: unknown; projects?: unknown; pack?: unknown };
  /** Chinese texts of the error findings, for refusing a submission. */
  errors: string[];
}

type CheckFn = (options: { document: PerformanceDocument }) => { findings: CheckFinding[] };

export function checkDocumentSafely(document: PerformanceDocument): CheckOutcome {
  const fn = (core as unknown as Record<string, unknown>).checkDocument as CheckFn | undefined;
  if (typeof fn !== "function") return { available: false, report: { findings: [] }, errors: [] };
  const report = fn({ document });
  const errors = report.findings.filter((f) => f.severity === "error").map(describeFinding);
  return { available: true, report, errors };
}

export function describeFinding(f: CheckFinding): string {
  const where: string[] = [];
  if (f.location?.projectName) where.push(`项目“${f.location.projectName}”`);
  else if (f.location?.projectIndex !== undefined) where.push(`第 ${f.location.projectIndex + 1} 个项目`);
  if (f.location?.indicatorIndex !== undefined) where.push(`第 ${f.location.indicatorIndex + 1} 行指标`);
  return `${where.length ? `${where.join("")}：` : ""}${f.message}（${f.ruleId}）`;
}
