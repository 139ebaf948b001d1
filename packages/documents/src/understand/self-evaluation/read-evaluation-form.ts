import type { Execution, GoalCompletion, Indicator, PerformanceDocument } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { parseNumber, parsePercent } from "../cell-text.ts";
import { flattenBlocks, type RowItem } from "../flatten.ts";
import type { ReadWarning } from "../read-result.ts";
import { type IndicatorHeader, indicatorHeaderOf } from "./align-indicator-row.ts";
import { amountUnitIn, filledCells, joinSentences } from "./cell-text.ts";
import { monthOfHeader } from "./header-roles.ts";
import { COST_LEVEL2_OF_2021 } from "./indicator-vocabulary.ts";
import { type GroupState, readIndicatorRow } from "./read-indicator-table.ts";
import {
  type BudgetHeader,
  budgetHeaderOf,
  executionOf,
  hasNumber,
  readBudgetRow,
  readBudgetTexts,
  readGoalRow,
} from "./read-sections.ts";

/** What a 自评表 / 监控表 form says, before it is shaped into a document (department or project level). */
export interface EvaluationForm {
  title: string | null;
  year: number | null;
  /** 1–X月 of a monitoring form; null when the form names no month. */
  month: number | null;
  amountUnit: PerformanceDocument["amountUnit"] | null;
  department: string | null;
  projectName: string | null;
  unitName: string | null;
  execution: Execution | null;
  executionDeviation: string | null;
  goals: GoalCompletion[];
  goalsDeviation: string | null;
  indicators: Indicator[];
  totalWeight: number | null;
  totalScore: number | null;
  gradeText: string | null;
  conclusion: string | null;
  warnings: ReadWarning[];
}

const DEVIATION = /^偏差原因/;
const TOTAL = /^(?:总分|合计|总计)$/;
const CONCLUSION = /自评结论$|评价结论$|^结论$/;
const GRADE_CELL = /^(?:自评|评价)?等级$/;
const SUB_FUND = /^其中|财政拨款|财政资金|上年结转|结转资金|其他资金|财政专户|单位资金|^基本支出|^项目支出/;
const FUND_TOTAL = /合计|总计|总额|小计|^预算执行情况$|^项目资金/;
const DEPARTMENT = /^(?:部门|单位)(?:\(单位\)|（单位）)?名称$|^主管部门$/;
/** Sign-off lines under a form (填报人：…, 项目负责人：…): the form has ended. */
const SIGN_OFF = /^(?:填报人|填表人|联系人|联系电话|填报日期|填表日期|项目负责人|财务负责人|单位负责人|审核人)[:：]/;
/** A heading row inside the indicator table: `绩效目标2：高质量建设和运行实验室体系` spanning the table. */
const GOAL_HEADING = /^(?:年度)?(?:绩效)?目标\s*(\d{1,2})\s*[:：、.．]/;
const FORM_TITLE = /自评表|评价表|监控表|监控情况表/;
const MONTH = /(?:1|一)\s*[-—–－~～至]\s*(\d{1,2})\s*月|截[至止]\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2})\s*月/;

/**
 * Walks one or more 绩效自评表 / 绩效运行监控表 forms as one stream of rows: 项目/部门 labels, the budget block (预算执行情况 /
 * 项目资金), the goal table (目标 | 实际完成情况), the indicator table and the totals and conclusion. Sections are
 * recognised by their labels, so page breaks, repeated headers and a reader's block boundaries do not matter.
 */
export function readEvaluationForms(options: { blocks: readonly Block[] }): EvaluationForm[] {
  const items = flattenBlocks(options.blocks);
  const forms: EvaluationForm[] = [];
  const blank = (prev: EvaluationForm | null): EvaluationForm => ({
    title: prev?.title ?? null,
    year: prev?.year ?? null,
    month: prev?.month ?? null,
    amountUnit: prev?.amountUnit ?? null,
    department: prev?.department ?? null,
    projectName: null,
    unitName: null,
    execution: null,
    executionDeviation: null,
    goals: [],
    goalsDeviation: null,
    indicators: [],
    totalWeight: null,
    totalScore: null,
    gradeText: null,
    conclusion: null,
    warnings: [],
  });
  let form = blank(null);
  const costIsLevel1 = items.some(
    (i) => i.kind === "row" && i.cells.some((c) => c !== null && COST_LEVEL2_OF_2021.test(c)),
  );
  let section: "none" | "budget" | "goals" | "indicators" | "end" = "none";
  let budgetHeader: BudgetHeader | null = null;
  // The execution comes from the total row (年度资金总额 / 合计 / an unlabelled row) over 其中 rows, else the first row.
  let executionRank = -1;
  let header: IndicatorHeader | null = null;
  let state: GroupState = { goalNo: null, level1: null, level2: null };
  let conclusions: string[] = [];
  let awaitingConclusion = false;
  const finish = () => {
    form.conclusion = conclusions.length > 0 ? conclusions.join("") : null;
    forms.push(form);
  };
  // A document may hold several project forms one after another: a second 项目名称 starts the next one.
  const startNext = () => {
    finish();
    form = blank(form);
    section = "none";
    budgetHeader = null;
    executionRank = -1;
    header = null;
    state = { goalNo: null, level1: null, level2: null };
    conclusions = [];
    awaitingConclusion = false;
  };

  const noteTitle = (t: string) => {
    form.title ??= t;
    form.year ??= yearIn(t);
    form.month ??= monthIn(t);
  };

  for (const item of items) {
    if (item.kind === "paragraph") {
      const t = item.text;
      if (t === null) continue;
      if (FORM_TITLE.test(t) && t.length <= 40) {
        // the title of the next form ends the conclusion of this one
        if (section === "end") section = "none";
        if (form.title === null) noteTitle(t);
        continue;
      }
      form.year ??= yearIn(t);
      form.month ??= monthIn(t);
      form.amountUnit ??= amountUnitIn(t);
      if (awaitingConclusion) {
        conclusions.push(t);
        continue;
      }
      const hasContent = form.projectName !== null || form.execution !== null || form.indicators.length > 0;
      if (hasContent && /^项目名称\s*[:：]\s*\S/.test(t)) startNext();
      readLabelLine(t, form, section);
      continue;
    }
    awaitingConclusion = false;
    const row = item;
    const filled = filledCells(row);
    const first = filled[0]?.text ?? null;
    if (first === null) continue;

    const indicatorHeader = indicatorHeaderOf(row.cells);
    if (indicatorHeader !== null && indicatorHeader.roles.filter((r) => r !== null).length >= 4) {
      header = indicatorHeader;
      section = "indicators";
      for (const c of filled) form.month ??= monthOfHeader(c.text);
      continue;
    }
    const bh = budgetHeaderOf(row);
    if (bh !== null) {
      budgetHeader = bh;
      section = "budget";
      for (const c of filled) {
        form.amountUnit ??= amountUnitIn(c.text);
        form.month ??= monthOfHeader(c.text);
      }
      continue;
    }
    if (isGoalHeader(row)) {
      section = "goals";
      for (const c of filled) form.month ??= monthOfHeader(c.text);
      continue;
    }
    if (SIGN_OFF.test(first)) {
      section = "end";
      continue;
    }
    const hasContent = form.projectName !== null || form.execution !== null || form.indicators.length > 0;
    if (hasContent && filled.some((c, k) => /^项目名称$/.test(c.text) && filled[k + 1] !== undefined)) startNext();
    if (readLabels(row, form)) continue;
    if (FORM_TITLE.test(first) && filled.length === 1) {
      noteTitle(first);
      continue;
    }

    const deviationAt = filled.findIndex((c) => DEVIATION.test(c.text));
    if (deviationAt >= 0 && (section === "budget" || section === "goals")) {
      const text = joined(filled.slice(deviationAt + 1).map((c) => c.text));
      if (section === "budget") form.executionDeviation ??= text;
      else form.goalsDeviation ??= text;
      continue;
    }
    if (TOTAL.test(first) && section !== "budget") {
      const numbers = filled.map((c) => parseNumber(c.text)).filter((n): n is number => n !== null);
      form.totalWeight = numbers[0] ?? null;
      form.totalScore = numbers[1] ?? null;
      section = "end";
      continue;
    }
    if (CONCLUSION.test(first) || (section === "end" && /存在问题|改进措施|评价结论/.test(first))) {
      const text = joined(filled.slice(1).map((c) => c.text));
      if (CONCLUSION.test(first) && text !== null) conclusions.unshift(text);
      // a label row whose text a reader put in the paragraphs after it
      awaitingConclusion = CONCLUSION.test(first) && text === null;
      section = "end";
      continue;
    }
    if (GRADE_CELL.test(first)) {
      form.gradeText = filled[1]?.text ?? null;
      continue;
    }

    if (section === "budget" && budgetHeader !== null && hasNumber(row)) {
      const firstNumber = filled.find((c) => parsePercent(c.text) !== null)?.index ?? 0;
      const label = filled.find((c) => c.index < firstNumber)?.text;
      const rank = label === undefined || FUND_TOTAL.test(label) ? 2 : SUB_FUND.test(label) ? 0 : 1;
      if (rank > executionRank) {
        executionRank = rank;
        form.execution = executionOf(readBudgetRow(row, budgetHeader));
        const texts = readBudgetTexts(row, budgetHeader);
        const text = joinSentences([texts.deviation, texts.measures === null ? null : `改进措施：${texts.measures}`]);
        if (text !== null) form.executionDeviation = text;
      }
      continue;
    }
    if (section === "goals") {
      const goal = readGoalRow(row, /^(?:年度总体目标|年度绩效目标完成情况)$/);
      if (goal !== null) form.goals.push(goal);
      continue;
    }
    const goalHeading = filled.length === 1 ? GOAL_HEADING.exec(first) : null;
    if (section === "indicators" && goalHeading?.[1] !== undefined) {
      state.goalNo = Number(goalHeading[1]);
      continue;
    }
    if (section === "indicators" && header !== null) {
      const indicator = readIndicatorRow({
        row,
        header,
        state,
        costIsLevel1,
        warnings: form.warnings,
        goals: form.goals,
      });
      if (indicator !== null) form.indicators.push(indicator);
      else
        form.warnings.push({
          code: "row_unread",
          message: `无法识别的指标行：${filled.map((c) => c.text).join(" | ")}`,
          source: row.source,
        });
    }
  }
  finish();
  return forms;
}

function isGoalHeader(row: RowItem): boolean {
  const texts = row.cells.filter((c): c is string => c !== null);
  return (
    texts.some((t) => /实际完成情况$/.test(t)) &&
    texts.some((t) => /^(?:年度绩效目标|年度总体目标|预期目标|目标序号)$/.test(t))
  );
}

/** `部门名称 | 天津市科学技术局`, `主管部门 | X | 实施单位 | Y`, `项目名称 | Z`: true when the row was such a row. */
function readLabels(row: RowItem, form: EvaluationForm): boolean {
  const filled = filledCells(row);
  let hit = false;
  filled.forEach((c, k) => {
    const value = filled[k + 1]?.text ?? null;
    if (DEPARTMENT.test(c.text)) form.department ??= value;
    else if (/^项目名称$/.test(c.text)) form.projectName ??= value;
    else if (/^(?:实施|预算)单位(?:名称)?$/.test(c.text)) form.unitName ??= value;
    else return;
    hit = true;
  });
  return hit;
}

/**
 * Head and budget facts written as lines rather than cells: "项目名称：X", "主管部门：X", "填报单位：X（盖章）　单位：元",
 * and under the budget block "偏差原因：…" / "改进措施：…". True when the line was one of them.
 */
function readLabelLine(text: string, form: EvaluationForm, section: string): boolean {
  const m = /^(项目名称|主管部门|部门名称|填报单位|实施单位|预算单位|偏差原因(?:分析)?|改进措施)\s*[:：]\s*(.+)$/.exec(
    text.trim(),
  );
  if (!m?.[1] || !m[2]) return false;
  // "某市生态环境局（盖章）        单位：元": the name ends where the next field or the stamp note begins
  const value = (m[2].split(/\s{2,}|\u3000/)[0] ?? "")
    .replace(/(?:金额)?单位\s*[:：].*$/, "")
    .trim()
    .replace(/[（(]盖章[)）]$/, "")
    .trim();
  if (value === "") return false;
  const label = m[1];
  if (label === "项目名称") form.projectName ??= value;
  else if (label === "主管部门" || label === "部门名称" || label === "填报单位") form.department ??= value;
  else if (label === "实施单位" || label === "预算单位") form.unitName ??= value;
  else if (section !== "budget") return false;
  else if (label === "改进措施")
    form.executionDeviation = joinSentences([form.executionDeviation, `改进措施：${m[2].trim()}`]);
  else form.executionDeviation = joinSentences([m[2].trim(), form.executionDeviation]);
  return true;
}

function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

function monthIn(text: string): number | null {
  const m = MONTH.exec(text);
  const n = Number(m?.[1] ?? m?.[2] ?? Number.NaN);
  return n >= 1 && n <= 12 ? n : null;
}

function joined(texts: string[]): string | null {
  const t = texts.filter((x) => x !== "—" && x !== "-").join("");
  return t === "" ? null : t;
}
