import {
  checkDocument,
  type Finding,
  type Indicator,
  type PerformanceDocument,
  type Project,
  parseValue,
} from "@jixiao/core";

/** An indicator row after its target text changed: the parsed value follows the text, as the readers set it. */
export function withTarget(row: Indicator, target: string): Indicator {
  const text = target.trim() === "" ? null : target;
  return { ...row, target: text, targetParsed: text === null ? null : parseValue(text).value };
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
}): Finding[] {
  const projects = options.document.projects.map((p, i) => (i === options.index ? options.project : p));
  const report = checkDocument({ document: { ...options.document, projects } });
  return report.findings.filter((f) => f.location.section === "project" && f.location.projectIndex === options.index);
}
