import { type ColumnRole, columnRoleOf as indicatorColumnRoleOf } from "../labels.ts";

/** Column roles of budget blocks (预算执行情况, 项目资金) and of the goal-completion table, beside the indicator roles. */
export type BudgetRole =
  | "initial"
  | "annual"
  | "executed"
  | "expectedExecuted"
  | "rate"
  | "weight"
  | "score"
  | "deviation"
  | "measures";

/** Budget columns that hold text rather than numbers. */
export const BUDGET_TEXT_ROLES: readonly BudgetRole[] = ["deviation", "measures"];

const BUDGET_RULES: [RegExp, BudgetRole][] = [
  [/^年初预算数/, "initial"],
  [/^(?:全年|调整后)预算数/, "annual"],
  [/^(?:全年|(?:1|一)-\d{1,2}月)执行数/, "executed"],
  [/^(?:全年预计|预计全年)执行数/, "expectedExecuted"],
  [/^执行率/, "rate"],
  [/^(?:分值|权重)$/, "weight"],
  [/^得分$/, "score"],
  [/^偏差原因/, "deviation"],
  [/^改进措施$/, "measures"],
];

function compact(label: string): string {
  return label
    .replace(/[\s\u3000]+/g, "")
    .replace(/[—–－~～至]/g, "-")
    .replace(/[（(][^)）]*[)）]/g, "");
}

export function budgetRoleOf(label: string | null): BudgetRole | null {
  if (label === null) return null;
  const t = compact(label);
  for (const [re, role] of BUDGET_RULES) if (re.test(t)) return role;
  return null;
}

/**
 * Indicator-table column role through the shared label table; a monitoring header names its month
 * (`1-7月执行情况`), which the table spells `1-X月执行情况`.
 */
export function columnRoleOf(label: string | null): ColumnRole | null {
  if (label === null) return null;
  return indicatorColumnRoleOf(label.replace(/(1|一)\s*[-—–－~～至]\s*\d{1,2}\s*月/, "1-X月"));
}

/** The month of a `1-7月执行情况` / `1—6月执行数` header; null when there is none. */
export function monthOfHeader(label: string | null): number | null {
  if (label === null) return null;
  const m = /(?:1|一)\s*[-—–－~～至]\s*(\d{1,2})\s*月/.exec(label);
  const n = m?.[1] === undefined ? null : Number(m[1]);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

export type { ColumnRole };
