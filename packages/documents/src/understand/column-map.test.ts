import { describe, expect, it } from "vitest";
import { alignRow, headerOf, splitGluedLabels } from "./column-map.ts";
import { columnRoleOf } from "./labels.ts";

describe("column mapping by label", () => {
  it("maps synonyms to roles whatever the order", () => {
    const h = headerOf(["权重", "指标内容", "度量单位", "年度指标值", "一级指标", "绩效标准"]);
    expect(h?.roles).toEqual(["weight", "name", "measureUnit", "target", "level1", "basis"]);
    expect(columnRoleOf("偏差原因分析及改进措施（200字以内）")).toBe("deviation");
    expect(columnRoleOf("指标值/描述")).toBe("target");
  });

  it("rejects rows that are not indicator headers", () => {
    expect(headerOf(["项目名称", "科技三项经费", "项目编码", "X"])).toBeNull();
    expect(headerOf(["产出指标", "数量指标", "立项数", "≥5个"])).toBeNull();
  });

  it("splits header cells glued together", () => {
    expect(splitGluedLabels("一级指标二级指标三级指标")).toEqual(["一级指标", "二级指标", "三级指标"]);
    expect(splitGluedLabels("一级指标说明文字")).toBeNull();
  });

  const header = headerOf(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]);
  if (!header) throw new Error("header");

  it("aligns rows that lack leading merged cells from the right", () => {
    const { fields } = alignRow(header, ["质量指标", "合格率", "≥90%", "计划标准"]);
    expect(fields).toMatchObject({ level1: null, level2: "质量指标", name: "合格率", target: "≥90%" });
  });

  it("un-glues 一级 and 二级 names from the first cell", () => {
    const { fields, adjustments } = alignRow(header, ["产出指标数量指标培训人数", "≥100人", "计划标准"]);
    expect(fields).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "培训人数", target: "≥100人" });
    expect(adjustments).toContain("unglued");
  });

  it("drops a duplicated cell when a row has one cell too many", () => {
    const { fields } = alignRow(
      header,
      ["", "成本指标", "租金", "租金", "650元", "协议"].map((c) => c || null),
    );
    expect(fields).toMatchObject({ level2: "成本指标", name: "租金", target: "650元", basis: "协议" });
  });
});
