import { Decimal } from "decimal.js";
import type { FundLine, Funds } from "../model/department-table.ts";

/** Sums of one year of a 部门总体资金情况 block, and whether they agree with the stated 合计 lines. */
export interface FundsYearSummary {
  /** Calendar year; null for the current column when the document does not say which year it is. */
  year: number | null;
  /** "current" = 当年金额, "prior" = one of the 近两年 columns. */
  column: "current" | "prior";
  /** Σ 收入构成 lines (合计 excluded); null when no line has an amount. */
  incomeSum: number | null;
  /** Σ 支出构成 lines (合计 excluded); null when no line has an amount. */
  expenseSum: number | null;
  statedTotals: { income: number | null; expense: number | null };
  /** Σ 收入 = stated 收入合计 (true when either side is missing: nothing to disagree with). */
  incomeAgrees: boolean;
  /** Σ 支出 = stated 支出合计. */
  expenseAgrees: boolean;
  /** 收入合计 = 支出合计 (stated totals, else the sums). */
  balanced: boolean;
  /** All three above. */
  agrees: boolean;
  /** Current column only: Σ 占比 of the income and expense lines (R-HB-2: 100 ± rounding). */
  shareSums?: { income: number | null; expense: number | null };
}

/**
 * R-HB-1 / R-HB-2 inputs for a Hubei 部门整体绩效目标表: per year (当年 then the 近两年 columns), the decimal sums
 * of income and expense lines against the stated 合计 lines. Exact decimal arithmetic: 708.44 + 96.62 + 231 is
 * exactly 1036.06. Pure; tolerance is 0 (amounts are written to the cent, so any difference is a real one).
 */
export function summarizeFunds(options: { funds: Funds; year?: number | null }): FundsYearSummary[] {
  const { funds } = options;
  const current = summarize(funds, null, options.year ?? null, "current");
  current.shareSums = {
    income: sumOf(funds.income.map((l) => l.share)),
    expense: sumOf(funds.expense.map((l) => l.share)),
  };
  const out = [current];
  funds.priorYears.forEach((year, k) => {
    out.push(summarize(funds, k, year, "prior"));
  });
  return out;
}

function summarize(funds: Funds, k: number | null, year: number | null, column: "current" | "prior"): FundsYearSummary {
  const pick = (l: FundLine | null): number | null =>
    l === null ? null : k === null ? l.amount : (l.prior[k] ?? null);
  const incomeSum = sumOf(funds.income.map(pick));
  const expenseSum = sumOf(funds.expense.map(pick));
  const statedTotals = { income: pick(funds.incomeTotal), expense: pick(funds.expenseTotal) };
  const incomeAgrees = same(incomeSum, statedTotals.income);
  const expenseAgrees = same(expenseSum, statedTotals.expense);
  const balanced = same(statedTotals.income ?? incomeSum, statedTotals.expense ?? expenseSum);
  return {
    year,
    column,
    incomeSum,
    expenseSum,
    statedTotals,
    incomeAgrees,
    expenseAgrees,
    balanced,
    agrees: incomeAgrees && expenseAgrees && balanced,
  };
}

function sumOf(values: (number | null)[]): number | null {
  let acc: Decimal | null = null;
  for (const v of values) if (v !== null) acc = (acc ?? new Decimal(0)).plus(v);
  return acc === null ? null : acc.toNumber();
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null || new Decimal(a).equals(b);
}
