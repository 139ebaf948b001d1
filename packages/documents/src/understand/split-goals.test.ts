import { describe, expect, it } from "vitest";
import { splitGoals } from "./split-goals.ts";

describe("splitGoals", () => {
  it("splits numbered goals in the styles seen", () => {
    expect(splitGoals("目标1：发挥作用。目标2：推动创新。")).toEqual(["发挥作用。", "推动创新。"]);
    expect(splitGoals("1.完成A；2.完成B")).toEqual(["完成A", "完成B"]);
    expect(splitGoals("（1）完成A（2）完成B")).toEqual(["完成A", "完成B"]);
    expect(splitGoals("目标1 完成技术合同市达任务指标。")).toEqual(["完成技术合同市达任务指标。"]);
    expect(splitGoals("1.1.为加快发展；2.依托实验室")).toEqual(["为加快发展", "依托实验室"]);
  });

  it("does not split on decimals, years or numbers out of sequence", () => {
    expect(splitGoals("1.2022年计划贴息430万元，带动贷款1.5亿元。")).toEqual([
      "2022年计划贴息430万元，带动贷款1.5亿元。",
    ]);
    expect(splitGoals("新增2家，完成3.5亿元")).toEqual(["新增2家，完成3.5亿元"]);
    expect(splitGoals("完成任务，2.开展培训")).toEqual(["完成任务，2.开展培训"]);
  });

  it("keeps unnumbered text as one goal and null as none", () => {
    expect(splitGoals("提升企业创新创业能力")).toEqual(["提升企业创新创业能力"]);
    expect(splitGoals(null)).toEqual([]);
  });
});
