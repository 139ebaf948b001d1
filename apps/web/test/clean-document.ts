import type { Indicator, PerformanceDocument } from "@jixiao/core";

const row = (level1: string, level2: string, name: string, target: string, unit: string | null): Indicator => ({
  level1,
  level2,
  name,
  description: null,
  target,
  targetParsed: null,
  measureUnit: unit,
  basis: "计划标准",
  goalNo: 1,
  actual: null,
  weight: null,
  score: null,
  deviation: null,
});

/** A project-targets document the national rule pack finds no error in, so that it can be submitted. */
export function cleanDocument(title: string): PerformanceDocument {
  return {
    format: "jixiao/v1",
    kind: "project-targets",
    title,
    year: 2025,
    department: { code: null, name: "唐山市路南区科学技术局" },
    amountUnit: "万元",
    overall: null,
    departmentTable: null,
    evaluation: null,
    projects: [
      {
        code: "13020025P0001",
        name: "科技型中小企业创新券补助",
        unit: { code: "306001", name: "唐山市路南区科学技术局本级" },
        budget: { total: 300, fiscal: 300, other: 0 },
        purpose: "向辖区科技型中小企业发放创新券，用于购买检验检测、研发设计等科技服务",
        spendPlan: { mar: 20, jun: 50, oct: 80, dec: 100 },
        goals: ["支持60家科技型中小企业购买科技服务，带动企业研发投入增长5%以上"],
        indicators: [
          row("产出指标", "数量指标", "支持企业数量", "≥60家", null),
          row("产出指标", "质量指标", "创新券兑付审核合格率", "≥95%", null),
          row("产出指标", "时效指标", "创新券兑付完成时间", "2025年12月底前", null),
          row("产出指标", "成本指标", "项目总成本", "≤300万元", null),
          row("效益指标", "经济效益指标", "带动企业研发投入增长", "≥5%", null),
          row("效益指标", "社会效益指标", "科技服务机构服务企业次数", "≥120次", null),
          row("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", null),
        ],
        execution: null,
      },
    ],
  };
}
