import type { PerformanceDocument } from "@jixiao/core";
import { layoutDepartmentTable } from "./layout-department-table.ts";
import { layoutPerformanceText } from "./layout-performance-text.ts";
import { layoutProjectForms } from "./layout-project-form.ts";
import { layoutSelfEvaluation } from "./layout-self-evaluation.ts";
import type { LDocument } from "./types.ts";

/** Picks the official layout for the document's kind. */
export function layoutDocument(doc: PerformanceDocument): LDocument {
  if (doc.kind === "monitoring") return layoutProjectForms(doc, "monitoring");
  if (doc.kind === "self-evaluation" && doc.projects.length > 0) {
    // Project forms; a department form (整体支出) first when the document has one of its own.
    if (doc.evaluation === null || evaluationIsTheProject(doc)) return layoutProjectForms(doc, "self-evaluation");
    const department = layoutSelfEvaluation(doc);
    const forms = layoutProjectForms(doc, "self-evaluation", { breakFirst: true });
    return {
      ...department,
      body: [...department.body, ...forms.body],
      sheets: [...department.sheets, ...forms.sheets],
    };
  }
  if (doc.kind === "self-evaluation" && doc.evaluation) return layoutSelfEvaluation(doc);
  if (doc.kind === "department-targets" && doc.departmentTable) return layoutDepartmentTable(doc);
  return layoutPerformanceText(doc);
}

/** A one-project self-evaluation carries its form as `evaluation` too (the reader does that); it is written once. */
function evaluationIsTheProject(doc: PerformanceDocument): boolean {
  const [p] = doc.projects;
  const e = doc.evaluation;
  if (doc.projects.length !== 1 || !p || !e) return false;
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return same(e.indicators, p.indicators) && same(e.execution, p.execution);
}
