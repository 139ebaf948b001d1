import { dec, decEqual, sum } from "../../decimal.ts";
import { summarizeFunds } from "../../department/summarize-funds.ts";
import type { Funds } from "../../model/department-table.ts";
import { type CheckContext, emit } from "../context.ts";
import { fmt } from "../text.ts";
import type { FindingLocation } from "../types.ts";

const LOCATION: FindingLocation = { section: "departmentTable", field: "funds" };

/** R-HB-1: 收入合计 = Σ 收入, 支出合计 = Σ 支出, 收入合计 = 支出合计, this year and each earlier year (sums by summarizeFunds). */
export function checkFundTotals(ctx: CheckContext, funds: Funds): void {
  const unit = ctx.amountUnit;
  for (const y of summarizeFunds({ funds })) {
    const label = y.column === "current" ? "当年" : `${y.year ?? "前"}年`;
    const sides = [
      ["收入", y.incomeAgrees, y.statedTotals.income, y.incomeSum],
      ["支出", y.expenseAgrees, y.statedTotals.expense, y.expenseSum],
    ] as const;
    for (const [side, agrees, stated, computed] of sides) {
      if (agrees || stated === null || computed === null) continue;
      emit(
        ctx,
        "R-HB-1",
        LOCATION,
        `${label}${side}合计${fmt(stated)}${unit}不等于各项之和${fmt(computed)}${unit}`,
        { side, year: y.year, stated, computed },
        `${side}合计应为${fmt(computed)}${unit}，或核对各项金额`,
      );
    }
    const income = y.statedTotals.income ?? y.incomeSum;
    const expense = y.statedTotals.expense ?? y.expenseSum;
    if (!y.balanced && income !== null && expense !== null) {
      emit(
        ctx,
        "R-HB-1",
        LOCATION,
        `${label}收入合计${fmt(income)}${unit}与支出合计${fmt(expense)}${unit}不相等`,
        { year: y.year, income, expense },
        "部门收入合计应等于支出合计",
      );
    }
  }
}

/** R-HB-2: 占比 = 金额 ÷ 合计 and the shares of one side sum to 100 % (the seed forces rounding: ±tolerance). */
export function checkFundShares(ctx: CheckContext, funds: Funds): void {
  const tol = ctx.pack.thresholds.shareTolerance;
  for (const [side, lines, total] of [
    ["收入", funds.income, funds.incomeTotal],
    ["支出", funds.expense, funds.expenseTotal],
  ] as const) {
    const totalAmount = total?.amount ?? null;
    if (totalAmount === null || totalAmount === 0) continue;
    const withShare = lines.filter((l) => l.share !== null);
    if (withShare.length === 0) continue;
    for (const l of withShare) {
      if (l.amount === null || l.share === null) continue;
      const expected = dec(l.amount).dividedBy(totalAmount).times(100).toDecimalPlaces(2).toNumber();
      if (!decEqual(l.share, expected, tol)) {
        emit(
          ctx,
          "R-HB-2",
          LOCATION,
          `${l.label}占比${fmt(l.share)}%与金额不符（${fmt(l.amount)} ÷ ${fmt(totalAmount)} = ${fmt(expected)}%）`,
          { label: l.label, share: l.share, expected },
          `${l.label}占比应为${fmt(expected)}%`,
        );
      }
    }
    const shares = sum(withShare.map((l) => l.share));
    const withAmount = lines.filter((l) => l.amount !== null && l.amount !== 0).length;
    if (withShare.length >= withAmount && !decEqual(shares, 100, tol)) {
      emit(
        ctx,
        "R-HB-2",
        LOCATION,
        `${side}各项占比合计${fmt(shares)}%，不等于100%`,
        { side, shares },
        `调整${side}占比使合计为100%`,
      );
    }
  }
}
