/**
 * Documents written by hand in layouts the seeds do not have (fixtures/text/): other labels and column orders,
 * pipe tables, one cell per line, glued cells, amounts in 元, GB18030 and UTF-16, a table continued over a page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentSchema, type PerformanceDocument } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.ts";
import type { ReadResult } from "./read-result.ts";

const dir = join(import.meta.dirname, "../../../../fixtures/text");

async function read(file: string): Promise<ReadResult & { doc: PerformanceDocument }> {
  const result = await readDocument({ bytes: readFileSync(join(dir, file)), fileName: file });
  expect(documentSchema.safeParse(result.document).success).toBe(true);
  return { ...result, doc: result.document };
}

const row = (doc: PerformanceDocument, p: number, i: number) => {
  const ind = doc.projects[p]?.indicators[i];
  return ind && [ind.level1, ind.level2, ind.name, ind.target, ind.basis];
};

describe("documents in layouts the seeds do not have", () => {
  it("pipe table with 指标内容/年度指标值/度量单位/权重/计算符号 in another order, amounts in 元", async () => {
    const { doc } = await read("pipe-reordered-columns.md");
    expect(doc.amountUnit).toBe("元");
    expect(doc.year).toBe(2025);
    const [p] = doc.projects;
    expect(p).toMatchObject({
      code: "51200325P0012",
      name: "农村公路养护",
      unit: { code: "512003", name: "某县交通运输局本级" },
      budget: { total: 1200000, fiscal: 1000000, other: 200000 },
      purpose: "县乡道日常养护和桥梁检测",
      spendPlan: { mar: 10, jun: 40, oct: 80, dec: 100 },
      goals: ["完成县乡道日常养护120公里", "优良路率达到80%以上。"],
    });
    expect(p?.indicators).toHaveLength(6);
    expect(p?.indicators[0]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      name: "养护里程",
      target: "≥120公里",
      measureUnit: "公里",
      weight: 20,
      basis: "计划标准",
      targetParsed: { kind: "quantitative", op: ">=", value: 120, unit: "公里" },
    });
    expect(p?.indicators[2]).toMatchObject({ name: "养护完成时间", target: "2025年11月30日前", measureUnit: null });
    expect(p?.indicators[3]).toMatchObject({ level1: "产出指标", level2: "成本指标", target: "≤120万元" });
    expect(p?.indicators.map((i) => i.weight)).toEqual([20, 20, 10, 10, 20, 10]);
  });

  it("one cell per line, with the project head as label：value lines", async () => {
    const { doc } = await read("one-cell-per-line.txt");
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]).toMatchObject({
      code: "33010224P000123",
      name: "社区健康服务",
      unit: { code: "330102", name: "杭州市某区卫生健康局本级" },
      budget: { total: 50, fiscal: 50, other: null },
      purpose: "家庭医生签约服务补助",
      goals: ["家庭医生签约覆盖常住人口的40%", "重点人群规范随访。"],
    });
    expect(doc.projects[0]?.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ["产出指标", "数量指标", "签约居民人数", "≥5000人"],
      ["产出指标", "质量指标", "重点人群随访率", "≥90%"],
      ["效益指标", "社会效益指标", "居民健康素养", "逐步提升"],
      ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%"],
    ]);
  });

  it("cells glued together (header and 一级+二级), budget amounts with their own unit", async () => {
    const { doc, warnings } = await read("glued.txt");
    expect(doc.projects[0]?.budget).toEqual({ total: 80, fiscal: 60, other: 20 });
    expect(doc.amountUnit).toBe("万元");
    expect(doc.projects[0]?.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.basis])).toEqual([
      ["产出指标", "数量指标", "培训人数", "≥1000人次", "计划标准"],
      ["产出指标", "质量指标", "培训合格率", "≥85%", "行业标准"],
      ["效益指标", "社会效益指标", "培训后就业率", "≥60%", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "计划标准"],
    ]);
    expect(warnings.filter((w) => w.code === "row_unglued")).toHaveLength(3);
  });

  it("amounts in 元 with one cell in 万元 converted exactly, blank spend-plan cell kept null", async () => {
    const { doc, warnings } = await read("amounts-in-yuan.txt");
    expect(doc.amountUnit).toBe("元");
    expect(doc.projects[0]).toMatchObject({
      code: "21010524P00310",
      unit: { code: "210105", name: "沈阳市某区文化旅游和广播电视局本级" },
      budget: { total: 1500000, fiscal: 1500000, other: 0 },
      purpose: "补助基层文化惠民演出场次",
      spendPlan: { mar: 20, jun: 50, oct: null, dec: 100 },
      goals: ["全年组织惠民演出不少于60场。"],
    });
    expect(doc.projects[0]?.spendPlanColumns).toBeUndefined();
    expect(warnings.map((w) => w.code)).toContain("amount_converted");
    expect(row(doc, 0, 1)).toEqual(["产出指标", "成本指标", "每场补助标准", "≤25000元", "预算支出标准"]);
  });

  it("GB18030 text with CRLF and TAB-separated rows", async () => {
    const { doc } = await read("gb18030-tab-rows.txt");
    expect(doc.title).toBe("2024年某县农业农村局项目支出绩效目标");
    expect(doc.projects[0]).toMatchObject({
      code: "45032224P0009",
      name: "高标准农田建设",
      budget: { total: 300, fiscal: 300, other: null },
      spendPlan: { mar: 0, jun: 30, oct: 70, dec: 100 },
      goals: ["新建高标准农田2000亩", "粮食综合生产能力提升。"],
    });
    expect(row(doc, 0, 2)).toEqual(["效益指标", "经济效益指标", "亩均增产", "≥50公斤", "历史标准"]);
  });

  it("UTF-16 LE with BOM, columns separated by runs of spaces", async () => {
    const { doc } = await read("utf16le-spaces.txt");
    expect(doc.projects[0]).toMatchObject({
      code: "12010124P1200",
      name: "社区养老服务补贴",
      budget: { total: 96.5, fiscal: 96.5, other: 0 },
    });
    expect(doc.projects[0]?.indicators.map((i) => i.name)).toEqual(["服务老年人数", "补贴发放时间", "老年人满意度"]);
  });

  it("a table continued over a page: header repeated, cut row joined, page numbers and running header dropped", async () => {
    const { doc, warnings } = await read("continued-page.txt");
    const p = doc.projects[0];
    expect(p?.indicators).toHaveLength(5);
    expect(p?.indicators[3]).toMatchObject({
      level1: "效益指标",
      level2: "社会效益指标",
      name: "带动农户增收",
      target: "≥2000元",
      basis: "历史标准（近三年平均）",
    });
    expect(p?.indicators[4]).toMatchObject({ level1: "满意度指标", name: "服务对象满意度" });
    expect(warnings.map((w) => w.code)).toEqual(["row_continued"]);
    expect(JSON.stringify(doc)).not.toContain("第 2 页");
  });

  it("a two-row header: 指标值 over 计算符号 | 数值 | 计量单位, units in the budget labels", async () => {
    const { doc } = await read("two-row-header.txt");
    const p = doc.projects[0];
    expect(p?.budget).toEqual({ total: 260, fiscal: 260, other: 0 });
    expect(p?.indicators.map((i) => [i.name, i.target, i.measureUnit, i.basis])).toEqual([
      ["垃圾分类覆盖小区", "≥320个", "个", "计划标准"],
      ["分类准确率", "≥85%", "%", "行业标准"],
      ["设施建成时间", "＝2025年10月底前", null, "计划标准"],
      ["垃圾资源化利用率", "≥40%", "%", "历史标准"],
      ["居民满意度", "≥90%", "%", "计划标准"],
    ]);
  });

  it("a project head written one cell per line (label line, then value line)", async () => {
    const { doc } = await read("one-cell-per-line-head.txt");
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]).toMatchObject({
      code: "33010224P000123",
      name: "社区健康服务",
      budget: { total: 50, fiscal: null, other: null },
      purpose: "家庭医生签约服务补助",
      goals: ["家庭医生签约覆盖常住人口的40%", "重点人群规范随访。"],
    });
    expect(doc.projects[0]?.indicators.map((i) => [i.level1, i.name, i.target])).toEqual([
      ["产出指标", "签约居民人数", "≥5000人"],
    ]);
  });
});
