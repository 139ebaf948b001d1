import { describe, expect, it } from "vitest";
import type { RowItem } from "./flatten.ts";
import { readProjectHead } from "./read-project-head.ts";

const rows = (...cells: (string | null)[][]): RowItem[] =>
  cells.map((c, row) => ({ kind: "row", cells: c, raw: c.map((x) => x ?? ""), table: 0, row }));

describe("readProjectHead", () => {
  it("reads labels across with values in the row below, and the unit in a label", () => {
    const head = readProjectHead({
      rows: rows(
        ["项目名称", "项目编码", "预算数（万元）", "财政资金（万元）", "其他资金（万元）"],
        ["X", "A 1", "100", "80", "20"],
      ),
      amountUnit: null,
    });
    expect(head).toMatchObject({ name: "X", code: "A1", budget: { total: 100, fiscal: 80, other: 20 } });
    expect(head.cellAmountUnit).toBe("万元");
  });

  it("reads an empty value as null, not as the next label", () => {
    const head = readProjectHead({ rows: rows(["项目编码", null, "项目名称", "Y"]), amountUnit: "万元" });
    expect(head.code).toBeNull();
    expect(head.name).toBe("Y");
  });

  it("reads a spend plan written as month–value pairs", () => {
    const head = readProjectHead({
      rows: rows(["资金支出计划", "3月底", "10%", "6月底", "40%", "10月底", "70%", "12月底", "100%"]),
      amountUnit: null,
    });
    expect(head.spendPlan).toEqual({ mar: 10, jun: 40, oct: 70, dec: 100 });
    expect(head.spendPlanColumns).toEqual(["mar", "jun", "oct", "dec"]);
  });

  it("reads a spend plan by column under merged month headers, a value cell may carry its month", () => {
    const head = readProjectHead({
      rows: rows(
        ["资金支出计划（%）", "3 月底", null, "6 月底", null, "10 月底", null],
        [null, null, "5%", null, null, "12月底 100%", null],
      ),
      amountUnit: null,
    });
    expect(head.spendPlan).toEqual({ mar: 5, jun: null, oct: null, dec: 100 });
    expect(head.spendPlanColumns).toEqual(["mar", "jun", "oct", "dec"]);
  });

  it("records the months a plan header lacks", () => {
    const head = readProjectHead({
      rows: rows(["资金支出计划", "3月底", "6月底", "10月底"], [null, "20%", null, "100%"]),
      amountUnit: null,
    });
    expect(head.spendPlan).toEqual({ mar: 20, jun: null, oct: 100, dec: null });
    expect(head.spendPlanColumns).toEqual(["mar", "jun", "oct"]);
  });

  it("reads goals over several rows and the unlabelled purpose row after the budget row", () => {
    const head = readProjectHead({
      rows: rows(
        ["预算规模及资金用途", "预算数", "500万元", "其中：财政资金", "500万元", "其他资金", null],
        [null, "主要用于补助。"],
        ["绩效目标", "目标1：完成A。"],
        [null, "目标2：完成B。"],
      ),
      amountUnit: "万元",
    });
    expect(head.purpose).toBe("主要用于补助。");
    expect(head.goals).toEqual(["完成A。", "完成B。"]);
    expect(head.budget).toEqual({ total: 500, fiscal: 500, other: null });
  });
});
