import type { PerformanceDocument } from "../model/document.ts";
import type { Indicator } from "../model/indicator.ts";
import type { Project } from "../model/project.ts";

/**
 * Small hand-made documents for rule tests: a clean project (framework B) that passes every rule, and helpers
 * to change one thing in it.
 */
export function ind(
  level1: string,
  level2: string,
  name: string,
  target: string,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    level1,
    level2,
    name,
    description: extra.description === undefined ? `${name}的统计口径` : extra.description,
    target,
    targetParsed: null,
    basis: "计划标准",
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
    ...extra,
  };
}

export function cleanIndicators(): Indicator[] {
  return [
    ind("产出指标", "数量指标", "培训企业技术人员人次", "≥300人次"),
    ind("产出指标", "质量指标", "培训考核合格率", "≥90%"),
    ind("产出指标", "时效指标", "培训完成时间", "2025年11月30日前"),
    ind("产出指标", "成本指标", "培训总成本", "≤100万元"),
    ind("效益指标", "社会效益指标", "参训企业技术水平", "明显提升"),
    ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
  ];
}

export function project(extra: Partial<Project> = {}): Project {
  return {
    code: "13020225P00892710002C",
    name: "企业技术人员培训项目",
    unit: { code: "306001", name: "某区科学技术局本级" },
    budget: { total: 100, fiscal: 100, other: null },
    purpose: "用于支付培训场地租金、讲师课酬和教材印刷费用",
    spendPlan: { mar: 20, jun: 50, oct: 80, dec: 100 },
    goals: ["年内组织企业技术人员培训300人次，提升参训企业技术水平"],
    indicators: cleanIndicators(),
    execution: null,
    ...extra,
  };
}

/** A project whose indicator `index` is replaced (or removed when `replacement` is null). */
export function withIndicator(index: number, replacement: Indicator | null, extra: Partial<Project> = {}): Project {
  const indicators = cleanIndicators();
  if (replacement === null) indicators.splice(index, 1);
  else indicators[index] = replacement;
  return project({ indicators, ...extra });
}

export function document(projects: Project[], extra: Partial<PerformanceDocument> = {}): PerformanceDocument {
  return {
    format: "jixiao/v1",
    kind: "performance-text",
    title: "2025年部门预算绩效文本",
    year: 2025,
    department: { code: "306", name: "某区科学技术局" },
    amountUnit: "万元",
    overall: null,
    departmentTable: null,
    projects,
    evaluation: null,
    ...extra,
  };
}
