import {
  checkDocument,
  div,
  type Execution,
  type Finding,
  type Indicator,
  mul,
  type PerformanceDocument,
  type Project,
  parseValue,
  type RulePack,
  round,
} from "@jixiao/core";

/** An indicator row after its target text changed: the parsed value follows the text, as the readers set it. */
export function withTarget(row: Indicator, target: string): Indicator {
  const text = target.trim() === "" ? null : target;
  return { ...row, target: text, targetParsed: text === null ? null : parseValue(text).value };
}

/** Optional texts are null when empty, as the readers leave them. */
export function emptyToNull(text: string): string | null {
  return text.trim() === "" ? null : text;
}

/** 执行率 = 执行数 ÷ 全年预算数 × 100, to two places (decimal, not float); null when it cannot be computed. */
export function computedRate(ex: Execution): number | null {
  if (ex.annual === null || ex.executed === null || ex.annual <= 0) return null;
  return round(div(mul(ex.executed, 100), ex.annual), 2);
}

export function blankIndicator(level1 = "产出指标", level2: string | null = null): Indicator {
  return {
    level1,
    level2,
    name: "",
    description: null,
    target: null,
    targetParsed: null,
    basis: null,
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
  };
}

/**
 * Live checks while typing: the whole document with the edited project in place (some rules compare projects
 * with each other), then only the findings about this project.
 */
export function checkEditedProject(options: {
  document: PerformanceDocument;
  index: number;
  project: Project;
  /** The region's pack when the page knows it; the national pack otherwise. */
  pack?: RulePack;
}): Finding[] {
  const projects = options.document.projects.map((p, i) => (i === options.index ? options.project : p));
  const report = checkDocument({ document: { ...options.document, projects }, pack: options.pack });
  return report.findings.filter((f) => f.location.section === "project" && f.location.projectIndex === options.index);
}
