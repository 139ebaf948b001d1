/**
 * The head of a 项目支出绩效目标表 (everything above the indicator table) → project fields.
 *
 * Fields are found by their labels (labels.ts PROJECT_LABELS): the value of a label is the next filled cell of the
 * same row that is not itself a label ("项目编码 | (empty) | 项目名称 | X" → code null, name X). A row with no label
 * right after the 预算数 row is the 资金用途 (its label cell is merged with 预算规模及资金用途). 资金支出计划 is read
 * by column: each month header names the columns up to the next one (merged header cells), the value row is
 * aligned to it, and a value cell may carry its own month ("12月底 100%").
 */
import { type AmountUnit, convertAmount, type SpendPlan } from "@jixiao/core";
import { compactText, type MoneyUnit, parseAmount, parsePercent } from "./cell-text.ts";
import type { RowItem } from "./flatten.ts";
import { MAX_LABEL_LENGTH, normalizeLabel, PROJECT_LABELS, type ProjectLabelKey, SPEND_PLAN_MONTHS } from "./labels.ts";
import type { ReadWarning } from "./read-result.ts";
import { splitGoals } from "./split-goals.ts";

type Month = keyof SpendPlan;

export interface ProjectHead {
  code: string | null;
  name: string | null;
  budget: { total: number | null; fiscal: number | null; other: number | null } | null;
  /** The unit the amount cells carried ("500万元"), when they did. */
  cellAmountUnit: MoneyUnit | null;
  purpose: string | null;
  spendPlan: SpendPlan | null;
  spendPlanColumns: Month[] | null;
  goals: string[];
  warnings: ReadWarning[];
}

const labelKeys = new Map<string, ProjectLabelKey>();
for (const [key, labels] of Object.entries(PROJECT_LABELS) as [ProjectLabelKey, readonly string[]][]) {
  for (const l of labels) labelKeys.set(normalizeLabel(l), key);
}

/** The project label a cell is, or null. "其中：财政资金" and "其中：\n财政资金" both → fiscal. */
export function projectLabelOf(cell: string | null): ProjectLabelKey | null {
  if (cell === null || cell.length > MAX_LABEL_LENGTH) return null;
  const key = normalizeLabel(cell);
  const bare = key.replace(/\((?:亿元|万元|元|%)\)$/, "");
  return labelKeys.get(bare) ?? labelKeys.get(bare.replace(/^其中:?/, "")) ?? null;
}

export function monthOf(cell: string | null): Month | null {
  if (cell === null || cell.length > 12) return null;
  const key = normalizeLabel(cell);
  for (const [re, month] of SPEND_PLAN_MONTHS) if (re.test(key)) return month;
  return null;
}

/** Value of the label at `i`: next filled cell of the row, null when a label (or the row end) comes first. */
function valueAfter(cells: readonly (string | null)[], i: number): string | null {
  for (let j = i + 1; j < cells.length; j++) {
    const c = cells[j] ?? null;
    if (c === null) continue;
    if (projectLabelOf(c) !== null || monthOf(c) !== null) return null;
    return c;
  }
  return null;
}

export function readProjectHead(options: { rows: readonly RowItem[]; amountUnit: AmountUnit | null }): ProjectHead {
  const { rows } = options;
  const warnings: ReadWarning[] = [];
  const head: ProjectHead = {
    code: null,
    name: null,
    budget: null,
    cellAmountUnit: null,
    purpose: null,
    spendPlan: null,
    spendPlanColumns: null,
    goals: [],
    warnings,
  };
  const amounts: { key: "total" | "fiscal" | "other"; value: number; unit: MoneyUnit | null }[] = [];
  let budgetRow = -1;
  let goalRow = -1;
  const goalTexts: string[] = [];

  const take = (key: ProjectLabelKey, label: string, value: string | null, r: number, row: RowItem, first: boolean) => {
    switch (key) {
      case "code":
        head.code ??= compactText(value);
        break;
      case "name":
        head.name ??= value;
        break;
      case "total":
      case "fiscal":
      case "other": {
        budgetRow = r;
        const amount = parseAmount(value);
        // a unit in the label ("预算数（万元）") holds for a bare number
        if (amount) amounts.push({ key, value: amount.value, unit: amount.unit ?? labelUnit(label) });
        else if (value !== null)
          warnings.push({ code: "bad_amount", message: `金额“${value}”不是数字`, source: row.source });
        break;
      }
      case "purpose":
        head.purpose ??= value;
        break;
      case "goals":
        if (first) {
          goalRow = r;
          goalTexts.push(withoutCaption(value ?? ""));
        }
        break;
      default:
        break;
    }
  };

  rows.forEach((row, r) => {
    const { cells } = row;
    const monthCount = cells.filter((c) => monthOf(c) !== null).length;
    const next = rows[r + 1];
    if (isLabelRow(cells) && next && !isLabelRow(next.cells) && next.cells.every((c) => projectLabelOf(c) === null)) {
      // labels across, values in the row below: 项目名称 | 预算数 | 财政资金 / X | 100 | 80
      const offset = Math.max(0, cells.length - next.cells.length);
      cells.forEach((cell, i) => {
        const key = projectLabelOf(cell);
        if (key && cell) take(key, cell, next.cells[i - offset] ?? null, r, row, false);
      });
      return;
    }
    const firstFilled = cells.findIndex((c) => c !== null);
    cells.forEach((cell, i) => {
      const key = projectLabelOf(cell);
      if (key === null || cell === null) return;
      const value = key === "goals" ? joinCells(cells.slice(i + 1)) || null : valueAfter(cells, i);
      take(key, cell, value, r, row, i === firstFilled);
    });
    if (monthCount >= 2 && head.spendPlan === null) readSpendPlan(rows, r, head);
    // goals continued on following rows whose label cell is merged (empty first cell, no label)
    if (goalRow >= 0 && r > goalRow && r === goalRow + goalTexts.length && isUnlabelled(cells) && !isCaption(cells)) {
      goalTexts.push(joinCells(cells));
    }
  });

  if (head.purpose === null && budgetRow >= 0) {
    const next = rows[budgetRow + 1];
    if (next && isUnlabelled(next.cells) && next.cells[0] === null) {
      const text = joinCells(next.cells);
      if (text !== "" && parseAmount(text) === null) head.purpose = text;
    }
  }
  // numbering may run on over rows (目标1 … / 目标2 …): split the rows together, unless that loses rows
  const filled = goalTexts.filter((t) => t !== "");
  const together = splitGoals(filled.length > 0 ? filled.join(" ") : null);
  head.goals = together.length >= filled.length ? together : filled.flatMap((t) => splitGoals(t));
  if (amounts.length > 0) {
    const unit = options.amountUnit ?? amounts.find((a) => a.unit !== null)?.unit ?? null;
    head.cellAmountUnit = amounts.find((a) => a.unit !== null)?.unit ?? null;
    const budget = { total: null as number | null, fiscal: null as number | null, other: null as number | null };
    for (const a of amounts) {
      let value: number | null = a.value;
      if (a.unit !== null && unit !== null && a.unit !== unit) {
        value = convertAmount(a.value, a.unit, unit);
        warnings.push({
          code: "amount_converted",
          message: `金额 ${a.value}${a.unit} 已换算为 ${value}${unit}（文档金额单位为${unit}）`,
        });
      }
      budget[a.key] ??= value;
    }
    head.budget = budget;
  }
  return head;
}

/** A row of labels only (at least two, none of them 资金支出计划 / 绩效目标, which have their own layouts). */
function isLabelRow(cells: readonly (string | null)[]): boolean {
  let labels = 0;
  for (const c of cells) {
    if (c === null) continue;
    const key = projectLabelOf(c);
    if (key === null || key === "spendPlan" || key === "goals") return false;
    labels++;
  }
  return labels >= 2;
}

function labelUnit(label: string): MoneyUnit | null {
  const m = /[(（](亿元|万元|元)[)）]\s*$/.exec(label);
  return (m?.[1] as MoneyUnit | undefined) ?? null;
}

/** "绩效指标" alone on a line: the caption of the indicator table that follows, not more goal text. */
const CAPTIONS = new Set(["绩效指标", "绩效指标表", "年度绩效指标", "项目绩效指标", "绩效指标情况"]);

function isCaption(cells: readonly (string | null)[]): boolean {
  const filled = cells.filter((c): c is string => c !== null);
  return filled.length === 1 && CAPTIONS.has(normalizeLabel(filled[0] ?? ""));
}

/**
 * A caption line that a text layout wrapped into the goal cell above it ("…以上。" + "绩效指标", the line break already
 * flattened) is not goal text: dropped when it follows the end of a sentence.
 */
function withoutCaption(text: string): string {
  const m = /[。；;！!]\s*(绩效指标表?|年度绩效指标|项目绩效指标|绩效指标情况)$/.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

function isUnlabelled(cells: readonly (string | null)[]): boolean {
  return cells.some((c) => c !== null) && cells.every((c) => projectLabelOf(c) === null && monthOf(c) === null);
}

/** Filled cells joined; a lone marker cell ("目标1") is kept apart from the text after it by a space. */
function joinCells(cells: readonly (string | null)[]): string {
  return cells
    .filter((c): c is string => c !== null)
    .join(" ")
    .trim();
}

const INLINE_MONTH = /^((?:3|6|10|12|三|六|十|十二)月(?:底|末)?)\s*([+-]?\d+(?:\.\d+)?\s*[%％]?)$/;

function readSpendPlan(rows: readonly RowItem[], r: number, head: ProjectHead): void {
  const headerCells = rows[r]?.cells ?? [];
  const columns: (Month | null)[] = [];
  let current: Month | null = null;
  const present: Month[] = [];
  headerCells.forEach((cell) => {
    const m = monthOf(cell);
    if (m !== null) {
      current = m;
      if (!present.includes(m)) present.push(m);
    } else if (cell !== null) current = null;
    columns.push(current);
  });
  const plan: SpendPlan = { mar: null, jun: null, oct: null, dec: null };
  // label–value pairs in one row: 3月底 | 25% | 6月底 | 50% …
  const pairs = headerCells.some((c, i) => monthOf(c) !== null && parsePercent(headerCells[i + 1] ?? null) !== null);
  let valueCells: readonly (string | null)[] = [];
  if (pairs) {
    headerCells.forEach((c, i) => {
      const m = monthOf(c);
      if (m !== null) plan[m] = parsePercent(headerCells[i + 1] ?? null);
    });
  } else {
    const next = rows[r + 1];
    valueCells = next ? next.cells : [];
    const offset = Math.max(0, headerCells.length - valueCells.length);
    valueCells.forEach((cell, i) => {
      if (cell === null) return;
      const inline = INLINE_MONTH.exec(cell.replace(/\s+/g, ""));
      const month = inline ? monthOf(inline[1] ?? null) : (columns[i + offset] ?? null);
      const value = parsePercent(inline ? (inline[2] ?? null) : cell);
      if (inline && month && !present.includes(month)) present.push(month);
      if (month === null || value === null) {
        head.warnings.push({
          code: "bad_spend_plan",
          message: `资金支出计划单元格“${cell}”无法对应到月份或不是百分数`,
          source: next?.source,
        });
        return;
      }
      plan[month] = value;
    });
  }
  head.spendPlan = plan;
  const order: Month[] = ["mar", "jun", "oct", "dec"];
  head.spendPlanColumns = order.filter((m) => present.includes(m));
}
