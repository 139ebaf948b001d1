import type { DocumentKind } from "../model/document.ts";
import type { AmountUnit } from "../model/org.ts";
import type { Project } from "../model/project.ts";
import type { CheckContext, IndicatorTable } from "./context.ts";
import { getRulePack } from "./get-rule-pack.ts";
import { buildIndicatorFacts, type IndicatorFacts } from "./indicator-facts.ts";
import type { RulePack } from "./load-rule-pack.ts";
import { checkIndicatorTable } from "./rules/check-indicator-table.ts";
import { checkExecution, checkScoredTable } from "./rules/evaluation-rules.ts";
import { checkGoalNumbers } from "./rules/feasibility-rules.ts";
import { checkMonitoringProject } from "./rules/monitoring-rules.ts";
import { checkProjectHeader } from "./rules/project-rules.ts";
import { checkText, mayHaveTextFinding } from "./rules/text-rules.ts";
import type { Finding, FindingLocation } from "./types.ts";

export interface CheckProjectOptions {
  project: Project;
  /** Position of the project in its document (for locations); default 0. */
  index?: number;
  pack?: RulePack;
  amountUnit?: AmountUnit;
  /** The document kind: target-setting documents (default) require code, budget, goals and a spend plan. */
  kind?: DocumentKind;
  /** Monitoring reports: the cut-off month (1–X月) the lights are computed for. */
  monitoringMonth?: number | null;
}

/**
 * Checks one project on its own: what the editor re-runs after each change. Cross-project rules (R-REL-5) need
 * the whole document and run in `checkDocument` only.
 */
export function checkProject(options: CheckProjectOptions): Finding[] {
  const ctx: CheckContext = {
    pack: options.pack ?? getRulePack("national"),
    amountUnit: options.amountUnit ?? "万元",
    findings: [],
  };
  checkProjectInto(
    ctx,
    options.project,
    options.index ?? 0,
    options.kind ?? "project-targets",
    options.monitoringMonth ?? null,
  );
  return ctx.findings;
}

const TARGET_KINDS: ReadonlySet<DocumentKind> = new Set(["performance-text", "project-targets"]);

export function checkProjectInto(
  ctx: CheckContext,
  project: Project,
  index: number,
  kind: DocumentKind,
  monitoringMonth: number | null = null,
  /** The rows are also the document's `evaluation` (a project self-evaluation) and are checked there, once. */
  rowsCheckedAsEvaluation = false,
): void {
  const base: FindingLocation = { section: "project", projectIndex: index, projectName: project.name };
  checkProjectHeader(ctx, project, base, TARGET_KINDS.has(kind));
  checkText(ctx, project.name, base, "name");
  checkText(ctx, project.purpose, base, "purpose");
  for (const g of project.goals) checkText(ctx, g, base, "goals");
  if (rowsCheckedAsEvaluation) return;

  const facts: IndicatorFacts[] = project.indicators.map((ind, k) => buildIndicatorFacts(ind, k, ctx.pack));
  const table: IndicatorTable = {
    kind: "project",
    section: "project",
    projectIndex: index,
    projectName: project.name,
    facts,
    framework: frameworkOf(ctx, facts),
    budget: project.budget?.total ?? null,
    context: [project.name, project.purpose ?? "", ...project.goals].join("\n"),
    hasBasis: project.indicators.some((i) => i.basis !== null),
    hasDescription: project.indicators.some((i) => i.description !== null),
  };
  checkIndicatorTable(ctx, table, project.spendPlan);
  checkGoalNumbers(ctx, table, project.goals.join("\n"), "goals");
  for (const f of facts) checkIndicatorText(ctx, table.section, f, base);
  // Mid-year, execution is judged against time progress (lights), not scored as at year end.
  if (kind === "monitoring") checkMonitoringProject(ctx, project, base, monitoringMonth);
  else if (project.execution !== null) {
    checkExecution(ctx, project.execution, project.executionDeviation ?? project.conclusion ?? null, base);
    checkScoredTable(ctx, table);
  }
}

/** The framework a table is checked against: the pack's, or under "auto" A when 成本指标 is a 一级. */
export function frameworkOf(ctx: CheckContext, facts: readonly IndicatorFacts[]): "A" | "B" {
  if (ctx.pack.framework !== "auto") return ctx.pack.framework;
  return facts.some((f) => f.level1.category === "cost") ? "A" : "B";
}

export function checkIndicatorText(
  ctx: CheckContext,
  section: FindingLocation["section"],
  f: IndicatorFacts,
  base: FindingLocation,
): void {
  const ind = f.indicator;
  // The location object is made only when a text needs a finding.
  let at: FindingLocation | null = null;
  for (const [field, text] of [
    ["name", ind.name],
    ["description", ind.description],
    ["target", ind.target],
  ] as const) {
    if (text === null || !mayHaveTextFinding(text)) continue;
    at ??= { ...base, section, indicatorIndex: f.index };
    checkText(ctx, text, at, field);
  }
}
