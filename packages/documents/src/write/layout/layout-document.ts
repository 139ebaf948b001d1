import type { PerformanceDocument } from "@jixiao/core";
import { layoutDepartmentTable } from "./layout-department-table.ts";
import { layoutPerformanceText } from "./layout-performance-text.ts";
import { layoutSelfEvaluation } from "./layout-self-evaluation.ts";
import type { LDocument } from "./types.ts";

/** Picks the official layout for the document's kind. */
export function layoutDocument(doc: PerformanceDocument): LDocument {
  if (doc.kind === "self-evaluation" && doc.evaluation) return layoutSelfEvaluation(doc);
  if (doc.kind === "department-targets" && doc.departmentTable) return layoutDepartmentTable(doc);
  return layoutPerformanceText(doc);
}
