import { JixiaoError, type PerformanceDocument } from "@jixiao/core";

/** Every project's and indicator row's address in a document: what review comments may point at. */
export function rowPaths(document: PerformanceDocument): string[] {
  const out: string[] = [];
  document.projects.forEach((p, i) => {
    out.push(`projects[${i}]`);
    p.indicators.forEach((_, j) => {
      out.push(`projects[${i}].indicators[${j}]`);
    });
  });
  document.evaluation?.indicators.forEach((_, j) => {
    out.push(`evaluation.indicators[${j}]`);
  });
  document.departmentTable?.longTerm?.indicators.forEach((_, j) => {
    out.push(`departmentTable.longTerm.indicators[${j}]`);
  });
  document.departmentTable?.annual?.indicators.forEach((_, j) => {
    out.push(`departmentTable.annual.indicators[${j}]`);
  });
  return out;
}

/** A comment on a row the document does not have would be lost from sight: refused with 400. */
export function assertRowPaths(document: PerformanceDocument, paths: readonly (string | null | undefined)[]): void {
  const known = new Set(rowPaths(document));
  for (const path of paths) {
    if (path && !known.has(path)) {
      throw new JixiaoError("validation", `no row ${path}`, { userMessage: `意见指向的指标行不存在：${path}` });
    }
  }
}
