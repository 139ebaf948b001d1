import { describe, expect, it } from "vitest";
import type { FundLine, Funds } from "../model/department-table.ts";
import { summarizeFunds } from "./summarize-funds.ts";

const line = (label: string, amount: number | null, share: number | null, prior: (number | null)[]): FundLine => ({
  label,
  amount,
  share,
  prior,
});

// Seed 004 (鄂州市科学技术局): 收入 财政拨款 only; 支出 人员类 / 运转类 / 特定目标类.
const seed004: Funds = {
  priorYears: [2022, 2023],
  income: [
    line("财政拨款", 1036.06, 100, [16234, 1485.85]),
    line("财政专户管理资金", null, null, [null, null]),
    line("单位资金", null, null, [null, null]),
  ],
  incomeTotal: line("合计", 1036.06, 100, [16234, 1485.85]),
  expense: [
    line("人员类项目支出", 708.44, 68.38, [565.27, 632.55]),
    line("运转类项目支出", 96.62, 9.33, [83.09, 83.06]),
    line("特定目标类项目支出", 231, 22.29, [15585.64, 770.24]),
  ],
  expenseTotal: line("合计", 1036.06, 100, [16234, 1485.85]),
};

describe("summarizeFunds", () => {
  it("agrees in all three years of seed 004, exactly in decimal", () => {
    const s = summarizeFunds({ funds: seed004, year: 2024 });
    expect(s.map((y) => [y.year, y.column, y.incomeSum, y.expenseSum, y.agrees])).toEqual([
      [2024, "current", 1036.06, 1036.06, true],
      [2022, "prior", 16234, 16234, true],
      [2023, "prior", 1485.85, 1485.85, true],
    ]);
    // binary floating point would not: 708.44 + 96.62 + 231 !== 1036.06 is the trap this guards against
    expect(s[0]?.shareSums).toEqual({ income: 100, expense: 100 });
  });

  it("reports which side disagrees", () => {
    const funds: Funds = {
      ...seed004,
      expense: [
        line("人员类项目支出", 708.44, 68.38, [565.27, 632.55]),
        line("运转类项目支出", 96.62, 9.33, [83.09, 83.06]),
      ],
      incomeTotal: line("合计", 1036.06, 100, [16234, 1485.86]),
    };
    const [current, y2022, y2023] = summarizeFunds({ funds });
    expect(current).toMatchObject({
      year: null,
      expenseSum: 805.06,
      incomeAgrees: true,
      expenseAgrees: false,
      agrees: false,
    });
    expect(y2022).toMatchObject({ expenseSum: 648.36, expenseAgrees: false, balanced: true });
    expect(y2023).toMatchObject({ incomeAgrees: false, balanced: false, agrees: false });
  });

  it("treats missing totals and empty columns as nothing to disagree with", () => {
    const funds: Funds = {
      priorYears: [null],
      income: [line("财政拨款", 10, null, [null])],
      incomeTotal: null,
      expense: [],
      expenseTotal: null,
    };
    const [current, prior] = summarizeFunds({ funds });
    expect(current).toMatchObject({ incomeSum: 10, expenseSum: null, agrees: true });
    expect(prior).toMatchObject({ incomeSum: null, agrees: true });
  });
});
