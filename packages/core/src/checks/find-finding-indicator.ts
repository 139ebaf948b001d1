import type { PerformanceDocument } from "../model/document.ts";
import type { Indicator } from "../model/indicator.ts";
import type { Finding } from "./types.ts";

/** The indicator row a finding points at, or null when it points at no row (or the row is gone). */
export function findFindingIndicator(document: PerformanceDocument, finding: Finding): Indicator | null {
  const k = finding.location.indicatorIndex;
  if (k === undefined) return null;
  switch (finding.location.section) {
    case "project":
      return document.projects[finding.location.projectIndex ?? -1]?.indicators[k] ?? null;
    case "evaluation":
      return document.evaluation?.indicators[k] ?? null;
    case "departmentTable.longTerm":
      return document.departmentTable?.longTerm?.indicators[k] ?? null;
    case "departmentTable.annual":
      return document.departmentTable?.annual?.indicators[k] ?? null;
    default:
      return null;
  }
}
