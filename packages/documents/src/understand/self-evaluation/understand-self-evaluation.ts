import type { Evaluation, GoalCompletion, Indicator, PerformanceDocument, Project } from "@jixiao/core";
import { FORMAT } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { parseNumber } from "../cell-text.ts";
import { flattenBlocks, type RowItem } from "../flatten.ts";
import type { ReadResult, ReadWarning } from "../read-result.ts";
import { type IndicatorHeader, indicatorHeaderOf } from "./align-indicator-row.ts";
import { amountUnitIn, filledCells } from "./cell-text.ts";
import { COST_LEVEL2_OF_2021 } from "./indicator-vocabulary.ts";
import { type GroupState, readIndicatorRow } from "./read-indicator-table.ts";
import {
  type BudgetHeader,
  budgetHeaderOf,
  executionOf,
  hasNumber,
  readBudgetRow,
  readGoalRow,
} from "./read-sections.ts";

const DEVIATION = /^偏差原因/;
const TOTAL = /^(?:总分|合计|总计)$/;
const CONCLUSION = /自评结论$|评价结论$|^结论$/;
const GRADE_CELL = /^(?:自评|评价)?等级$/;
const SUB_FUND = /^其中|财政拨款|财政资金|上年结转|结转资金|其他资金|财政专户|单位资金/;
const DEPARTMENT = /^(?:部门|单位)(?:\(单位\)|（单位）)?名称$|^主管部门$/;

/** True when blocks look like a 绩效自评表 (department 整体支出 or one project). */
export function isSelfEvaluation(blocks: readonly Block[]): boolean {
  const text = flattenBlocks(blocks.slice(0, 60))
    .map((i) => (i.kind === "paragraph" ? (i.text ?? "") : i.cells.join("|")))
    .join("|");
  return /自评表|自评结论|绩效自评/.test(text) && /得分/.test(text);
}

/**
 * Understands a 绩效自评表: the department 整体支出 form (Tianjin, seed 002: evaluation with goals and indicator rows
 * grouped by 绩效目标N) and the 项目支出 form (domain-rules §6.9: one project whose execution is set; its rows are
 * also the evaluation's, so scoring reads one shape for both).
 */
export function understandSelfEvaluation(options: { blocks: readonly Block[] }): ReadResult {
  const items = flattenBlocks(options.blocks);
  const warnings: ReadWarning[] = [];
  const costIsLevel1 = items.some(
    (i) => i.kind === "row" && i.cells.some((c) => c !== null && COST_LEVEL2_OF_2021.test(c)),
  );

  let title: string | null = null;
  let year: number | null = null;
  let amountUnit: PerformanceDocument["amountUnit"] | null = null;
  let department: string | null = null;
  let projectName: string | null = null;
  let unitName: string | null = null;
  let section: "none" | "budget" | "goals" | "indicators" | "end" = "none";
  let budgetHeader: BudgetHeader | null = null;
  let execution: Evaluation["execution"] | null = null;
  let executionDeviation: string | null = null;
  let goalsDeviation: string | null = null;
  const goals: GoalCompletion[] = [];
  let header: IndicatorHeader | null = null;
  const state: GroupState = { goalNo: null, level1: null, level2: null };
  const indicators: Indicator[] = [];
  let totalWeight: number | null = null;
  let totalScore: number | null = null;
  let gradeText: string | null = null;
  const conclusions: string[] = [];

  for (const item of items) {
    if (item.kind === "paragraph") {
      const t = item.text;
      if (t === null) continue;
      if (title === null && /自评表|评价表/.test(t)) title = t;
      year ??= yearIn(t);
      amountUnit ??= amountUnitIn(t);
      if (section === "end" && !/^(?:项目|财务)负责人/.test(t)) conclusions.push(t);
      continue;
    }
    const row = item;
    const filled = filledCells(row);
    const first = filled[0]?.text ?? null;
    if (first === null) continue;

    const indicatorHeader = indicatorHeaderOf(row.cells);
    if (indicatorHeader !== null && indicatorHeader.roles.filter((r) => r !== null).length >= 4) {
      header = indicatorHeader;
      section = "indicators";
      continue;
    }
    const bh = budgetHeaderOf(row);
    if (bh !== null) {
      budgetHeader = bh;
      section = "budget";
      for (const c of filled) amountUnit ??= amountUnitIn(c.text);
      continue;
    }
    if (isGoalHeader(row)) {
      section = "goals";
      continue;
    }
    const labelled = labelValues(row);
    if (labelled.department !== undefined) department ??= labelled.department;
    if (labelled.project !== undefined) projectName ??= labelled.project;
    if (labelled.unit !== undefined) unitName ??= labelled.unit;
    if (labelled.department || labelled.project || labelled.unit) continue;
    if (/自评表|评价表/.test(first) && filled.length === 1) {
      title ??= first;
      year ??= yearIn(first);
      continue;
    }

    const deviationAt = filled.findIndex((c) => DEVIATION.test(c.text));
    if (deviationAt >= 0 && (section === "budget" || section === "goals")) {
      const text = joined(filled.slice(deviationAt + 1).map((c) => c.text));
      if (section === "budget") executionDeviation ??= text;
      else goalsDeviation ??= text;
      continue;
    }
    if (TOTAL.test(first)) {
      const numbers = filled.map((c) => parseNumber(c.text)).filter((n): n is number => n !== null);
      totalWeight = numbers[0] ?? null;
      totalScore = numbers[1] ?? null;
      section = "end";
      continue;
    }
    if (CONCLUSION.test(first) || (section === "end" && /存在问题|改进措施|评价结论/.test(first))) {
      const text = joined(filled.slice(1).map((c) => stripTags(c.text)));
      if (CONCLUSION.test(first) && text !== null) conclusions.unshift(text);
      section = "end";
      continue;
    }
    if (GRADE_CELL.test(first)) {
      gradeText = filled[1]?.text ?? null;
      continue;
    }

    if (section === "budget" && budgetHeader !== null && hasNumber(row)) {
      const label = filled.find((c) => parseNumber(c.text) === null && !/^[—-]+$/.test(c.text))?.text ?? null;
      if (execution === null && (label === null || !SUB_FUND.test(label))) {
        execution = executionOf(readBudgetRow(row, budgetHeader));
      }
      continue;
    }
    if (section === "goals") {
      const goal = readGoalRow(row, /^(?:年度总体目标|年度绩效目标完成情况)$/);
      if (goal !== null) goals.push(goal);
      continue;
    }
    if (section === "indicators" && header !== null) {
      const indicator = readIndicatorRow({ row, header, state, costIsLevel1, warnings });
      if (indicator !== null) indicators.push(indicator);
      else
        warnings.push({
          code: "row_unread",
          message: `无法识别的指标行：${filled.map((c) => c.text).join(" | ")}`,
          source: row.source,
        });
    }
  }

  if (execution === null)
    warnings.push({ code: "execution_missing", message: "未找到预算执行情况（年初预算数、全年预算数、全年执行数）" });
  if (indicators.length === 0) warnings.push({ code: "indicators_missing", message: "未找到绩效指标完成情况表" });

  const conclusion = conclusions.length > 0 ? conclusions.join("") : null;
  const evaluation: Evaluation = {
    execution: execution ?? executionOf({}),
    executionDeviation,
    goals,
    goalsDeviation,
    indicators,
    totalWeight,
    totalScore,
    grade: gradeOf(gradeText) ?? gradeOf(conclusion),
    conclusion,
  };
  const projects: Project[] =
    projectName === null
      ? []
      : [
          {
            code: null,
            name: projectName,
            unit: unitName === null ? null : { code: null, name: unitName },
            budget: null,
            purpose: null,
            spendPlan: null,
            goals: goals.map((g) => g.goal),
            indicators,
            execution: evaluation.execution,
            conclusion,
          },
        ];
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: "self-evaluation",
    title,
    year,
    department: department === null ? null : { code: null, name: department },
    amountUnit: amountUnit ?? "万元",
    overall: null,
    departmentTable: null,
    projects,
    evaluation,
  };
  return { document, warnings };
}

function isGoalHeader(row: RowItem): boolean {
  const texts = row.cells.filter((c): c is string => c !== null);
  return (
    texts.some((t) => /^实际完成情况$/.test(t)) && texts.some((t) => /^(?:年度绩效目标|预期目标|目标序号)$/.test(t))
  );
}

/** `部门名称 | 天津市科学技术局`, `主管部门 | X | 实施单位 | Y`, `项目名称 | Z`: the next filled cell after a label. */
function labelValues(row: RowItem): { department?: string; project?: string; unit?: string } {
  const out: { department?: string; project?: string; unit?: string } = {};
  const filled = filledCells(row);
  filled.forEach((c, k) => {
    const value = filled[k + 1]?.text;
    if (value === undefined) return;
    if (DEPARTMENT.test(c.text)) out.department = value;
    else if (/^项目名称$/.test(c.text)) out.project = value;
    else if (/^(?:实施|预算)单位(?:名称)?$/.test(c.text)) out.unit = value;
  });
  return out;
}

function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年度?/.exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

function gradeOf(text: string | null): Evaluation["grade"] {
  if (text === null) return null;
  if (/^(优|良|中|差)/.test(text) && text.length <= 4) return text[0] as Evaluation["grade"];
  const m = /等级(?:为|是|评定为|[:：])?\s*[“"「]?(优秀?|良好?|中等?|差|较差)/.exec(text);
  const g = m?.[1]?.[0];
  if (g === "较") return "差";
  return g === "优" || g === "良" || g === "中" || g === "差" ? g : null;
}

function stripTags(text: string): string {
  return text.replace(/<[^>]+>/g, "");
}

function joined(texts: string[]): string | null {
  const t = texts.filter((x) => x !== "—" && x !== "-").join("");
  return t === "" ? null : t;
}
