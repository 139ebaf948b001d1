import type { Execution, GoalCompletion } from "@jixiao/core";
import { parsePercent } from "../cell-text.ts";
import type { RowItem } from "../flatten.ts";
import { filledCells, isNumeric } from "./cell-text.ts";
import { BUDGET_TEXT_ROLES, type BudgetRole, budgetRoleOf } from "./header-roles.ts";

/** Budget header of a 预算执行情况 / 项目资金 block: the role of each grid column. */
export type BudgetHeader = (BudgetRole | null)[];

/** A row is a budget header when it names at least 全年预算数 and one of 年初预算数 / 执行数. */
export function budgetHeaderOf(row: RowItem): BudgetHeader | null {
  const roles = row.cells.map((c) => budgetRoleOf(c));
  const has = (r: BudgetRole) => roles.includes(r);
  return has("annual") && (has("initial") || has("executed")) ? roles : null;
}

/**
 * Reads the numbers of a budget row under its header: by position when the numbers sit under their labels,
 * else in header order (text readers drop empty merged cells and shift the numbers left).
 */
export function readBudgetRow(row: RowItem, fullHeader: BudgetHeader): Partial<Record<BudgetRole, number | null>> {
  const out: Partial<Record<BudgetRole, number | null>> = {};
  const header = fullHeader.map((r) => (r !== null && BUDGET_TEXT_ROLES.includes(r) ? null : r));
  const positional = header.every(
    (role, i) => role === null || row.cells[i] == null || parsePercent(row.cells[i] ?? null) !== null,
  );
  const anyUnderLabel = header.some((role, i) => role !== null && parsePercent(row.cells[i] ?? null) !== null);
  if (positional && anyUnderLabel) {
    header.forEach((role, i) => {
      if (role !== null) out[role] = parsePercent(row.cells[i] ?? null);
    });
    return out;
  }
  const numbers = filledCells(row)
    .map((c) => parsePercent(c.text))
    .filter((n): n is number => n !== null);
  const roles = header.filter((r): r is BudgetRole => r !== null);
  roles.forEach((role, k) => {
    out[role] = numbers[k] ?? null;
  });
  return out;
}

/** The text columns of a budget row (偏差原因, 改进措施), by header position. */
export function readBudgetTexts(
  row: RowItem,
  header: BudgetHeader,
): { deviation: string | null; measures: string | null } {
  const at = (role: BudgetRole) => {
    const i = header.indexOf(role);
    const t = i < 0 ? null : (row.cells[i] ?? null);
    return t !== null && parsePercent(t) === null ? t : null;
  };
  return { deviation: at("deviation"), measures: at("measures") };
}

export function executionOf(values: Partial<Record<BudgetRole, number | null>>): Execution {
  return {
    initial: values.initial ?? null,
    annual: values.annual ?? null,
    executed: values.executed ?? null,
    weight: values.weight ?? null,
    score: values.score ?? null,
    rate: values.rate ?? null,
    ...(values.expectedExecuted !== undefined ? { forecast: values.expectedExecuted } : {}),
  };
}

/** True when the row has at least one number cell (a data row rather than a label row). */
export function hasNumber(row: RowItem): boolean {
  return row.cells.some((c) => parsePercent(c) !== null);
}

/**
 * A goal-completion row: optional 目标序号, then 年度绩效目标 (预期目标) and 实际完成情况, in that order whatever
 * columns they landed in. Null for a row without goal text.
 */
export function readGoalRow(row: RowItem, ignore: RegExp): GoalCompletion | null {
  const filled = filledCells(row).filter((c) => !ignore.test(c.text));
  let no: number | null = null;
  const texts: string[] = [];
  for (const c of filled) {
    if (no === null && texts.length === 0 && isNumeric(c.text) && Number.isInteger(Number(c.text))) no = Number(c.text);
    else texts.push(c.text);
  }
  const [goal, ...rest] = texts;
  if (goal === undefined) return null;
  return { no, goal, achieved: rest.length > 0 ? rest.join("") : null };
}
