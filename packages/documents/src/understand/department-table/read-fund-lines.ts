import type { FundLine, Funds } from "@jixiao/core";
import { parsePercent } from "../cell-text.ts";
import type { RowItem } from "../flatten.ts";

const INCOME = /^(?:部门)?收入(?:构成|情况|预算|来源)?$/;
const EXPENSE = /^(?:部门)?支出(?:构成|情况|预算|结构)?$/;
const TOTAL = /^(?:合计|总计|小计)$/;
const YEAR = /^((?:19|20)\d{2})\s*年?$/;

/** The years of a `2022年 | 2023年` header row (近两年收支金额); null when the row has no year cells. */
export function yearsOf(row: RowItem): number[] | null {
  const years = row.cells.filter((c): c is string => c !== null && YEAR.test(c)).map((c) => Number(YEAR.exec(c)?.[1]));
  const others = row.cells.filter((c) => c !== null && !YEAR.test(c));
  return years.length > 0 && others.length === 0 ? years : null;
}

/**
 * Collects the 收入构成 / 支出构成 lines of a 部门总体资金情况 block. Each data row ends with 当年金额, 占比 and one
 * amount per prior year, so values are read from the right (the group cell is merged away on most rows).
 */
export class FundsCollector {
  private group: "income" | "expense" | null = null;
  private readonly funds: Funds;

  constructor(priorYears: number[]) {
    this.funds = { priorYears, income: [], incomeTotal: null, expense: [], expenseTotal: null };
  }

  /** Takes one row; false when the row is not a fund line (the block has ended). */
  add(row: RowItem): boolean {
    // both totals read: the block is over (the next row, e.g. 部门职能概述, spans the table and has no values)
    if (this.funds.incomeTotal !== null && this.funds.expenseTotal !== null) return false;
    const n = 2 + this.funds.priorYears.length;
    const values = row.cells.slice(-n);
    const labels = row.cells.slice(0, Math.max(0, row.cells.length - n)).filter((c): c is string => c !== null);
    let label: string | null = null;
    for (const l of labels) {
      if (INCOME.test(l)) this.group = "income";
      else if (EXPENSE.test(l)) this.group = "expense";
      else label = l;
    }
    if (label === null || this.group === null) return false;
    if (values.some((v) => v !== null && parsePercent(v) === null)) return false;
    const [amount = null, share = null, ...prior] = values.map((v) => parsePercent(v ?? null));
    const line: FundLine = { label, amount, share, prior };
    if (TOTAL.test(label)) {
      if (this.group === "income") this.funds.incomeTotal = line;
      else this.funds.expenseTotal = line;
    } else this.funds[this.group].push(line);
    return true;
  }

  result(): Funds {
    return this.funds;
  }
}
