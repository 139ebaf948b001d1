import type { AmountUnit } from "../model/org.ts";
import type { IndicatorFacts } from "./indicator-facts.ts";
import type { RulePack } from "./load-rule-pack.ts";
import { RULES, type RuleId } from "./rule-catalog.ts";
import type { Finding, FindingLocation, FindingSection } from "./types.ts";

/** What every rule function gets: the pack in force and the list it appends findings to. */
export interface CheckContext {
  pack: RulePack;
  amountUnit: AmountUnit;
  findings: Finding[];
}

export function isOn(ctx: CheckContext, id: RuleId): boolean {
  return ctx.pack.enabled.has(id);
}

export function emit(
  ctx: CheckContext,
  id: RuleId,
  location: FindingLocation,
  message: string,
  evidence: Record<string, unknown>,
  suggestion: string | null,
): void {
  if (!ctx.pack.enabled.has(id)) return;
  ctx.findings.push({
    ruleId: id,
    severity: ctx.pack.severities[id] ?? RULES[id].severity,
    dimension: RULES[id].dimension,
    message,
    location,
    evidence,
    suggestion,
  });
}

/** One indicator table under check: a project's, the self-evaluation's, or a department table's. */
export interface IndicatorTable {
  kind: "project" | "evaluation" | "department";
  section: FindingSection;
  projectIndex?: number;
  projectName?: string;
  facts: IndicatorFacts[];
  framework: "A" | "B";
  /** 预算数 in the document's amount unit, when known. */
  budget: number | null;
  /** Project name, purpose and goals: what the indicators should be about. */
  context: string;
  /** False when the source table has no 指标值确定依据 / 绩效指标描述 column at all. */
  hasBasis: boolean;
  hasDescription: boolean;
}

export function tableLocation(table: IndicatorTable, indicatorIndex?: number, field?: string): FindingLocation {
  const loc: FindingLocation = { section: table.section };
  if (table.projectIndex !== undefined) loc.projectIndex = table.projectIndex;
  if (table.projectName !== undefined) loc.projectName = table.projectName;
  if (indicatorIndex !== undefined) loc.indicatorIndex = indicatorIndex;
  if (field !== undefined) loc.field = field;
  return loc;
}
