import type { PerformanceDocument } from "../model/document.ts";
import { checkIndicatorText, checkProjectInto, frameworkOf } from "./check-project.ts";
import { type CheckContext, emit, type IndicatorTable } from "./context.ts";
import { getRulePack } from "./get-rule-pack.ts";
import { buildIndicatorFacts } from "./indicator-facts.ts";
import type { RulePack } from "./load-rule-pack.ts";
import { CHECK_FAILED } from "./rule-catalog.ts";
import { checkIndicatorTable } from "./rules/check-indicator-table.ts";
import { checkBoilerplate, checkForeignSector } from "./rules/document-rules.ts";
import { checkEvaluationTotals, checkExecution, checkScoredTable } from "./rules/evaluation-rules.ts";
import { checkGoalNumbers, checkLongTermVsAnnual } from "./rules/feasibility-rules.ts";
import { checkFundShares, checkFundTotals } from "./rules/hubei-rules.ts";
import { checkText } from "./rules/text-rules.ts";
import { summarizeVerdict } from "./summarize-verdict.ts";
import type { CheckReport, Finding, FindingLocation, FindingSection } from "./types.ts";

export interface CheckDocumentOptions {
  document: PerformanceDocument;
  /** Default: the national pack. */
  pack?: RulePack;
  /**
   * The source text the document was read from, when there is one: template placeholders on a cover page
   * ("XXX 财政 (厅/局) 审核") live outside the model.
   */
  sourceText?: string;
  /** What the reader could not put in the model: a `blank_row` warning is an empty indicator row (R-IND-4). */
  readWarnings?: readonly { code: string; message: string; source?: { page?: number; line?: number } }[];
}

/** Runs a rule pack over a document. Never throws on content: every problem is a finding. */
export function checkDocument(options: CheckDocumentOptions): CheckReport {
  const doc = options.document;
  const pack = options.pack ?? getRulePack("national");
  const ctx: CheckContext = { pack, amountUnit: doc.amountUnit, findings: [] };

  checkText(ctx, doc.title, { section: "document", field: "title" });
  if (options.sourceText !== undefined && !ctx.findings.some((f) => f.ruleId === "R-TXT-1")) {
    const before = ctx.findings.length;
    checkText(ctx, options.sourceText, { section: "document", field: "source" });
    // Only the placeholder rule reads the raw text; anything else it found is also in the model.
    ctx.findings.splice(
      before,
      ctx.findings.length - before,
      ...ctx.findings.slice(before).filter((f) => f.ruleId === "R-TXT-1"),
    );
  }
  for (const w of options.readWarnings ?? []) {
    if (w.code !== "blank_row") continue;
    emit(
      ctx,
      "R-IND-4",
      { section: "document", field: "indicators" },
      w.message,
      { source: w.source ?? null },
      "删除空行",
    );
  }
  if (doc.overall !== null) {
    const o = doc.overall;
    checkText(ctx, o.summary, { section: "overall", field: "summary" });
    for (const [k, item] of o.items.entries())
      checkText(ctx, `${item.title ?? ""}${item.goal ?? ""}${item.indicators ?? ""}`, {
        section: "overall",
        field: `items[${k}]`,
      });
    for (const [k, s] of o.safeguards.entries()) checkText(ctx, s, { section: "overall", field: `safeguards[${k}]` });
    checkForeignSector(ctx, doc);
  }
  const month = doc.monitoring?.month ?? null;
  if (doc.kind === "monitoring" && month === null && doc.projects.length > 0)
    emit(
      ctx,
      "M-5",
      { section: "document", field: "monitoring.month" },
      "未写明监控数据的截止月份（如“1-7月执行数”或“截至7月31日”），无法计算执行进度和指标预警",
      {},
      "在表头写明截止日期，或在列名中写明“1-X月”",
    );
  // A project self-evaluation is read into both `projects[0]` and `evaluation`: its rows are checked once.
  const evaluationRows = doc.evaluation === null ? null : JSON.stringify(doc.evaluation.indicators);
  doc.projects.forEach((p, index) => {
    const asEvaluation = evaluationRows !== null && JSON.stringify(p.indicators) === evaluationRows;
    guarded(ctx, { section: "project", projectIndex: index, projectName: p.name }, () =>
      checkProjectInto(ctx, p, index, doc.kind, month, asEvaluation),
    );
  });
  guarded(ctx, { section: "document" }, () => checkBoilerplate(ctx, doc));
  guarded(ctx, { section: "departmentTable" }, () => checkDepartmentTable(ctx, doc));
  guarded(ctx, { section: "evaluation" }, () => checkEvaluation(ctx, doc));

  const findings = sortFindings(ctx.findings);
  const byProject: Finding[][] = doc.projects.map(() => []);
  for (const f of findings) {
    const k = f.location.projectIndex;
    if (f.location.section === "project" && k !== undefined) byProject[k]?.push(f);
  }
  return {
    pack: { id: pack.id, name: pack.name },
    findings,
    verdict: summarizeVerdict(findings),
    projects: doc.projects.map((p, index) => ({
      index,
      name: p.name,
      verdict: summarizeVerdict(byProject[index] ?? []),
    })),
  };
}

function checkDepartmentTable(ctx: CheckContext, doc: PerformanceDocument): void {
  const t = doc.departmentTable;
  if (t === null) return;
  if (t.funds !== null) {
    checkFundTotals(ctx, t.funds);
    checkFundShares(ctx, t.funds);
  }
  for (const s of t.functions) checkText(ctx, s, { section: "departmentTable", field: "functions" });
  for (const s of t.tasks) checkText(ctx, s, { section: "departmentTable", field: "tasks" });
  const tables: IndicatorTable[] = [];
  for (const [part, section] of [
    [t.longTerm, "departmentTable.longTerm"],
    [t.annual, "departmentTable.annual"],
  ] as const) {
    if (part === null) continue;
    checkText(ctx, part.goal, { section, field: "goal" });
    const facts = part.indicators.map((ind, k) => buildIndicatorFacts(ind, k, ctx.pack));
    const table: IndicatorTable = {
      kind: "department",
      section,
      facts,
      framework: "B",
      budget: t.funds?.expenseTotal?.amount ?? null,
      context: part.goal ?? "",
      hasBasis: part.indicators.some((i) => i.basis !== null),
      hasDescription: false,
    };
    checkIndicatorTable(ctx, table);
    if (part.goal !== null) checkGoalNumbers(ctx, table, part.goal, "goal");
    for (const f of facts) checkIndicatorText(ctx, section, f, { section });
    tables.push(table);
  }
  const [longTerm, annual] = tables;
  if (tables.length === 2 && longTerm !== undefined && annual !== undefined)
    checkLongTermVsAnnual(ctx, longTerm, annual);
}

function checkEvaluation(ctx: CheckContext, doc: PerformanceDocument): void {
  const e = doc.evaluation;
  if (e === null) return;
  const facts = e.indicators.map((ind, k) => buildIndicatorFacts(ind, k, ctx.pack));
  const table: IndicatorTable = {
    kind: "evaluation",
    section: "evaluation",
    facts,
    framework: frameworkOf(ctx, facts),
    budget: e.execution.initial ?? e.execution.annual,
    context: e.goals.map((g) => g.goal).join("\n"),
    hasBasis: e.indicators.some((i) => i.basis !== null),
    hasDescription: e.indicators.some((i) => i.description !== null),
  };
  const execScore = checkExecution(ctx, e.execution, e.executionDeviation, { section: "evaluation" });
  checkIndicatorTable(ctx, table);
  checkScoredTable(ctx, table);
  for (const f of facts) checkIndicatorText(ctx, "evaluation", f, { section: "evaluation" });
  e.goals.forEach((g) => {
    checkText(ctx, g.goal, { section: "evaluation", field: "goals" });
    checkText(ctx, g.achieved, { section: "evaluation", field: "goals" });
  });
  checkText(ctx, e.conclusion, { section: "evaluation", field: "conclusion" });
  checkEvaluationTotals(ctx, e, execScore);
}

/**
 * Checks never throw: a rule that fails on input nobody foresaw becomes one warning for its part of the document,
 * and the other parts are still checked.
 */
function guarded(ctx: CheckContext, location: FindingLocation, run: () => void): void {
  const before = ctx.findings.length;
  try {
    run();
  } catch (e) {
    ctx.findings.length = before;
    ctx.findings.push({
      ruleId: CHECK_FAILED,
      severity: "warning",
      dimension: "完整性",
      message: `这一部分的自动审核未能完成，请人工审核（${e instanceof Error ? e.message : String(e)}）`,
      location,
      evidence: {},
      suggestion: null,
    });
  }
}

const SECTION_ORDER: Record<FindingSection, number> = {
  document: 0,
  overall: 1,
  departmentTable: 2,
  "departmentTable.longTerm": 3,
  "departmentTable.annual": 4,
  project: 5,
  evaluation: 6,
};

/** Stable order: section, project, indicator (table-level findings first), then the order rules ran in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, k) => ({ f, k }))
    .sort(
      (a, b) =>
        SECTION_ORDER[a.f.location.section] - SECTION_ORDER[b.f.location.section] ||
        (a.f.location.projectIndex ?? -1) - (b.f.location.projectIndex ?? -1) ||
        (a.f.location.indicatorIndex ?? -1) - (b.f.location.indicatorIndex ?? -1) ||
        a.k - b.k,
    )
    .map((x) => x.f);
}

/** True when the report has at least one error (submission is blocked). */
export function hasErrors(report: CheckReport): boolean {
  return report.verdict.counts.error > 0;
}
