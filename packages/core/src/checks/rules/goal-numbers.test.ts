import { describe, expect, it } from "vitest";
import { cleanIndicators, document, ind, project } from "../build-fixture.ts";
import { checkDocument } from "../check-document.ts";

const P = "产出指标";
const ids = (goal: string, rows = cleanIndicators()) =>
  checkDocument({ document: document([project({ goals: [goal], indicators: rows })]) }).findings.map((f) => f.ruleId);
const withRow = (row: ReturnType<typeof ind>) => [row, ...cleanIndicators().slice(1)];

describe("R-FEAS-1 compares numbers at one scale and only like with like", () => {
  it("50万人次 in the goal is ≥50万人次 in the table; 1200亿元 is ≥1200亿元", () => {
    expect(ids("惠及群众50万人次", withRow(ind(P, "数量指标", "惠及群众人次", "≥50万人次")))).not.toContain("R-FEAS-1");
    expect(ids("技术合同成交额达到1200亿元", withRow(ind(P, "数量指标", "技术合同成交额", "≥1200亿元")))).not.toContain(
      "R-FEAS-1",
    );
  });

  it("2000人次 after “推广新技术10项，” is not a figure of the 项 indicator", () => {
    const rows = [
      ind(P, "数量指标", "推广新品种新技术数量", "≥10项"),
      ind(P, "数量指标", "培训农民人次", "≥2000人次"),
      ...cleanIndicators().slice(1),
    ];
    expect(ids("推广新品种新技术10项，培训农民2000人次", rows)).not.toContain("R-FEAS-1");
  });

  it("2个 against 4家 is still one count that disagrees (seed defect #47)", () => {
    expect(ids("建设重点实验室2个", withRow(ind(P, "数量指标", "重点实验室数量", "4家")))).toContain("R-FEAS-1");
  });
});

describe("R-COST-6 leaves costs per item alone", () => {
  const doc = (name: string) =>
    document([
      project({
        budget: { total: 125, fiscal: 125, other: null },
        indicators: cleanIndicators().map((r) => (r.level2 === "成本指标" ? { ...r, name, target: "≤4万元" } : r)),
      }),
    ]);
  it("单站建设成本 ≤4万元 of a 125万元 project is no total; 项目总成本 ≤4万元 is", () => {
    const of = (name: string) => checkDocument({ document: doc(name) }).findings.map((f) => f.ruleId);
    expect(of("单站建设成本")).not.toContain("R-COST-6");
    expect(of("人均培训成本")).not.toContain("R-COST-6");
    expect(of("项目总成本")).toContain("R-COST-6");
  });
});
