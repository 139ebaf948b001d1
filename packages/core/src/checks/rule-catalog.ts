import type { Dimension, Severity } from "./types.ts";

export interface RuleInfo {
  /** Chinese title shown by the UI and the CLI. */
  title: string;
  dimension: Dimension;
  /** Severity when no pack overrides it (domain-rules §3: E / W / I). */
  severity: Severity;
  /** Where the rule comes from (domain-rules section). */
  source: string;
}

/**
 * The one table of check ids → Chinese titles, dimension and default severity. The UI, the CLI and the pack
 * loader read it; rule code only names ids.
 */
export const RULES = {
  "R-CODE-1": { title: "项目编码缺失", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-BUD-1": { title: "预算数不等于财政资金与其他资金之和", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-BUD-2": { title: "预算数缺失", dimension: "完整性", severity: "error", source: "§2.1" },
  "R-GOAL-1": { title: "绩效目标缺失或过于简略", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-GOAL-3": { title: "资金用途照抄绩效目标", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-IND-1": { title: "缺少必备的一级指标", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-IND-2": {
    title: "产出指标缺少数量、质量、时效或成本指标",
    dimension: "完整性",
    severity: "warning",
    source: "§3.1",
  },
  "R-IND-3": { title: "指标行填写了占位内容", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-IND-4": { title: "指标表中有空行", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-IND-5": { title: "缺少有效的满意度指标", dimension: "完整性", severity: "warning", source: "§3.1" },
  "R-IND-6": { title: "指标值确定依据缺失或不规范", dimension: "完整性", severity: "warning", source: "§1.3, §3.1" },
  "R-IND-7": { title: "指标层级名称使用了旧称或简称", dimension: "完整性", severity: "info", source: "§1.1.1" },
  "R-IND-8": { title: "指标层级不属于所用指标体系", dimension: "完整性", severity: "warning", source: "§1.1.2" },
  "R-IND-9": { title: "三级指标数量过多", dimension: "适当性", severity: "warning", source: "§2.3 101-8" },
  "R-PLAN-1": { title: "资金支出计划有空白", dimension: "完整性", severity: "error", source: "§3.5" },
  "R-PLAN-2": { title: "资金支出计划比例超出0–100%", dimension: "完整性", severity: "error", source: "§3.5" },
  "R-PLAN-3": { title: "资金支出计划未累计递增", dimension: "可行性", severity: "error", source: "§3.5" },
  "R-PLAN-4": { title: "资金支出计划年底未达到100%", dimension: "可行性", severity: "error", source: "§3.5" },
  "R-PLAN-5": { title: "资金支出计划缺少月份", dimension: "完整性", severity: "error", source: "§3.5" },
  "R-PLAN-6": { title: "资金支出过于集中在年底", dimension: "可行性", severity: "info", source: "§3.5" },
  "R-PLAN-7": { title: "6月底支出进度低于要求", dimension: "可行性", severity: "warning", source: "§3.5, §4.3" },
  "R-TXT-1": { title: "模板占位符未替换", dimension: "完整性", severity: "error", source: "§3.1" },
  "R-TXT-2": { title: "文字疑似录入错误", dimension: "完整性", severity: "warning", source: "§8 #60" },
  "R-VAL-1": { title: "定量指标值不完整或书写有误", dimension: "完整性", severity: "error", source: "§3.2" },
  "R-VAL-2": { title: "定量指标值缺少度量单位", dimension: "完整性", severity: "error", source: "§3.2" },
  "R-VAL-3": { title: "度量单位与指标名称不符", dimension: "相关性", severity: "warning", source: "§3.2" },
  "R-VAL-4": { title: "百分比指标值不合理", dimension: "适当性", severity: "warning", source: "§3.2" },
  "R-VAL-5": { title: "指标值照抄指标名称或描述", dimension: "完整性", severity: "error", source: "§3.2" },
  "R-VAL-6": { title: "“是否”类指标使用了百分比", dimension: "完整性", severity: "error", source: "§3.2" },
  "R-VAL-7": { title: "定性指标值无法分级评判", dimension: "可行性", severity: "warning", source: "§3.2" },
  "R-VAL-8": { title: "计算符号写法不规范", dimension: "完整性", severity: "info", source: "§3.2" },
  "R-VAL-9": { title: "指标值是文件名称或过程描述", dimension: "完整性", severity: "error", source: "§3.2" },
  "R-VAL-10": {
    title: "绩效指标描述照抄指标名称",
    dimension: "完整性",
    severity: "warning",
    source: "§3.2 (R-VAL-5 W)",
  },
  "R-REL-1": { title: "三级指标与所属二级指标不符", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-REL-2": { title: "效益指标写成了资金投入", dimension: "相关性", severity: "error", source: "§3.3" },
  "R-REL-3": { title: "生态效益指标与生态环境无关", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-REL-4": { title: "指标名称与指标描述不一致", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-REL-5": { title: "多个项目套用相同的目标或用途", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-REL-6": { title: "文字涉及其他行业的工作", dimension: "相关性", severity: "info", source: "§3.3" },
  "R-REL-7": { title: "二级指标重复出现", dimension: "相关性", severity: "warning", source: "§3.3" },
  "R-COST-1": { title: "成本指标使用了“≥/＞”", dimension: "适当性", severity: "error", source: "§3.4" },
  "R-COST-2": { title: "成本指标超过预算数", dimension: "适当性", severity: "error", source: "§3.4" },
  "R-COST-3": { title: "成本指标未以金额量化", dimension: "适当性", severity: "error", source: "§3.4" },
  "R-COST-4": { title: "单位成本与预算数不匹配", dimension: "适当性", severity: "info", source: "§3.4" },
  "R-COST-5": { title: "成本指标不是本项目自身的支出", dimension: "适当性", severity: "warning", source: "§3.4" },
  "R-COST-6": { title: "成本指标远低于预算数", dimension: "适当性", severity: "warning", source: "§3.4" },
  "R-SAT-1": { title: "满意度指标值不规范", dimension: "适当性", severity: "warning", source: "§3.6" },
  "R-SAT-2": { title: "满意度目标为100%", dimension: "适当性", severity: "warning", source: "§3.6" },
  "R-SAT-3": { title: "满意度指标没有可衡量的目标值", dimension: "完整性", severity: "error", source: "§3.6" },
  "R-FEAS-1": { title: "目标文字中的数字与指标值不符", dimension: "可行性", severity: "warning", source: "§3.7" },
  "R-FEAS-2": { title: "目标值低于上年实际", dimension: "可行性", severity: "warning", source: "§3.7" },
  "R-FEAS-3": { title: "长期指标与年度指标不一致", dimension: "可行性", severity: "warning", source: "§3.7" },
  "R-FEAS-4": { title: "目标值不是一个目标", dimension: "可行性", severity: "warning", source: "§3.7" },
  "R-FEAS-5": { title: "指标超出项目可控范围", dimension: "可行性", severity: "info", source: "§3.7" },
  "R-HB-1": { title: "部门资金收支合计不符", dimension: "完整性", severity: "error", source: "§5.1" },
  "R-HB-2": { title: "部门资金占比不符", dimension: "完整性", severity: "warning", source: "§5.1" },
  "W-2": { title: "一级指标分值配置与规则包不同", dimension: "适当性", severity: "warning", source: "§6.1, §6.2" },
  "W-3": { title: "指标分值合计不等于规定总分", dimension: "完整性", severity: "error", source: "§6.2" },
  "W-4": { title: "指标分值应大于0", dimension: "完整性", severity: "warning", source: "§6.2" },
  "S-1": { title: "得分超过分值", dimension: "适当性", severity: "error", source: "§6.4" },
  "S-2": { title: "得分与计分公式不符", dimension: "适当性", severity: "warning", source: "§6.4" },
  "S-3": { title: "总分与各项得分之和不符", dimension: "完整性", severity: "error", source: "§6.8" },
  "S-4": { title: "自评等级与总分不符", dimension: "完整性", severity: "error", source: "§6.8" },
  "S-5": { title: "预算执行得分与执行率不符", dimension: "适当性", severity: "warning", source: "§6.3" },
  "S-6": { title: "超额完成的计分前后不一致", dimension: "适当性", severity: "warning", source: "§6.5" },
  "S-7": { title: "实际完成为0，应在运行监控中调整指标", dimension: "可行性", severity: "warning", source: "§4" },
  "S-8": { title: "定性指标得分不在档次区间", dimension: "适当性", severity: "warning", source: "§6.6" },
  "E-1": { title: "得分低于分值但未说明偏差原因", dimension: "完整性", severity: "error", source: "§6.7" },
  "E-2": { title: "超额完成较多但未说明原因", dimension: "完整性", severity: "warning", source: "§6.5, §6.7" },
  "E-3": { title: "预算执行率偏低但未说明原因", dimension: "完整性", severity: "error", source: "§6.7" },
  "E-5": { title: "定性指标缺少评分说明", dimension: "完整性", severity: "warning", source: "§6.7" },
  "M-1": { title: "预算执行预警但未说明偏差原因", dimension: "完整性", severity: "error", source: "§4.3, §4.4" },
  "M-2": { title: "指标预警但未说明偏差原因", dimension: "完整性", severity: "error", source: "§4.3, §4.4" },
  "M-3": { title: "未填写全年预计完成情况", dimension: "完整性", severity: "error", source: "§4.4" },
  "M-4": { title: "完成目标可能性填写不规范", dimension: "完整性", severity: "warning", source: "§1.4, §4.2" },
  "M-5": { title: "监控截止月份不明，无法计算预警", dimension: "完整性", severity: "warning", source: "§4.1" },
  "M-6": { title: "执行率与执行数÷全年预算数不符", dimension: "完整性", severity: "warning", source: "§4.2" },
  "M-7": { title: "执行进度或指标进度预警", dimension: "可行性", severity: "info", source: "§4.3" },
  "M-8": { title: "建议调整指标值或预算", dimension: "可行性", severity: "info", source: "§4.4" },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS: readonly RuleId[] = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** Not a rule: what a finding says when a rule itself failed on odd input (the check goes on without it). */
export const CHECK_FAILED = "R-SYS-1";

/** Chinese title of a rule id; the id itself when unknown (an administrator's pack may name rules we dropped). */
export function ruleTitle(id: string): string {
  if (id === CHECK_FAILED) return "审核规则执行异常";
  return isRuleId(id) ? RULES[id].title : id;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
