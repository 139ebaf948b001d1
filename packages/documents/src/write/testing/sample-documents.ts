import type { Indicator, PerformanceDocument, Project } from "@jixiao/core";

/** Hand-made jixiao/v1 documents shaped like the seeds, for writer tests and the benchmark. */
function indicator(
  level1: string,
  level2: string | null,
  name: string,
  target: string,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    level1,
    level2,
    name,
    description: `${name}的描述`,
    target,
    targetParsed: null,
    basis: "工作经验",
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
    ...extra,
  };
}

export function sampleProject(i: number): Project {
  return {
    code: `13081122P0078151000${i % 10}G`,
    name: `科技创新专项${i}`,
    unit: { code: "112001", name: "承德高新技术产业开发区科学技术局本级" },
    budget: { total: 1010.07 + i, fiscal: 1010.07 + i, other: null },
    purpose: "兑现奖励资金，支持企业开展研发活动。",
    spendPlan: { mar: 0, jun: 25, oct: 70, dec: 100 },
    goals: ["完成对各项指标的奖励支付", "提升企业创新能力。"],
    indicators: [
      indicator("产出指标", "数量指标", "申报奖励企业数", "≥50家"),
      indicator("产出指标", "数量指标", "支持平台数", "≥3个"),
      indicator("产出指标", "质量指标", "评审通过率", "≥90%"),
      indicator("产出指标", "时效指标", "资金发放时间", "2024年12月31日前"),
      indicator("产出指标", "成本指标", "资金总额", "≤1010.07万元"),
      indicator("效益指标", "社会效益指标", "企业创新创业水平", "是"),
      indicator("效益指标", "可持续影响指标", "科技创新能力", "提升"),
      indicator("满意度指标", "服务对象满意度指标", "被服务企业满意度", "≥90%", { basis: "计划标准" }),
    ],
    execution: null,
  };
}

export function samplePerformanceText(projects = 3): PerformanceDocument {
  return {
    format: "jixiao/v1",
    kind: "performance-text",
    title: null,
    year: 2022,
    department: { code: null, name: "承德高新技术产业开发区科学技术局" },
    amountUnit: "万元",
    overall: {
      summary: "以习近平新时代中国特色社会主义思想为指导，优化创新发展环境，激发科技创新活力。",
      items: [
        {
          title: "加快培育创新企业",
          goal: "培养一批高层次科技人才和创新团队。",
          indicators: "全年认定高新技术企业100家。",
        },
        { title: "推进孵化器建设", goal: "提升孵化器服务企业能力。", indicators: "新增市级以上科技企业孵化器2家。" },
      ],
      safeguards: ["完善制度建设。", "加强支出管理。"],
    },
    departmentTable: null,
    projects: Array.from({ length: projects }, (_, i) => sampleProject(i + 1)),
    evaluation: null,
  };
}
