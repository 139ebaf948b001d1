/**
 * Label synonyms, as data. Tables are understood by what their header cells say, never by column position, so
 * a document from another province with other wording needs a line here, not new code. Extend freely.
 *
 * Labels are compared after `normalizeLabel` (no whitespace, half-width brackets, no trailing colon).
 */

/** What a column of an indicator table holds (exchange-format Indicator fields, plus a few layout-only roles). */
export type ColumnRole =
  | "level1"
  | "level2"
  | "name"
  | "description"
  | "target"
  | "measureUnit"
  | "operator"
  | "basis"
  | "weight"
  | "score"
  | "actual"
  | "forecast"
  | "deviation"
  | "indicatorClass"
  | "goal"
  | "priorValue"
  | "valueType"
  | "scoringStandard"
  | "likelihood"
  | "remark";

/**
 * Exact labels first (after normalisation). Order matters only inside `COLUMN_LABEL_PREFIXES`, which is tried when
 * no exact label matches: the first prefix a label starts with wins (longer, more specific prefixes first).
 */
export const COLUMN_LABELS: Record<ColumnRole, readonly string[]> = {
  level1: ["一级指标", "一级", "一级绩效指标"],
  level2: ["二级指标", "二级", "二级绩效指标"],
  name: ["三级指标", "三级", "指标内容", "指标名称", "三级指标名称", "绩效指标名称", "三级绩效指标"],
  description: ["绩效指标描述", "指标描述", "指标说明", "指标解释", "指标定义", "指标内涵"],
  target: [
    "指标值",
    "年度指标值",
    "指标值/描述",
    "指标值描述",
    "目标值",
    "年度目标值",
    "绩效指标值",
    "指标目标值",
    "预期指标值",
    "当年指标值",
    "计划指标值",
    "年度指标值(A)",
    "年度目标",
    "预期当年实现值",
    "当年实现值",
    "数值",
    "目标数值",
  ],
  measureUnit: ["度量单位", "计量单位", "单位"],
  operator: ["计算符号", "指标性质", "符号", "比较符号"],
  basis: ["指标值确定依据", "绩效标准", "评价标准", "指标值设定依据", "确定依据", "设定依据", "标准"],
  weight: ["分值", "权重", "权重(%)", "分值权重", "指标分值", "指标权重"],
  score: ["得分", "自评得分", "评分", "指标得分"],
  actual: [
    "实际完成值",
    "完成值",
    "实际完成情况",
    "全年实际值",
    "实际完成值(B)",
    "1-X月执行情况",
    "1—X月执行情况",
    "1-X月完成值",
    "1-X月完成情况",
    "1-X月实际完成值",
    "1-X月实际完成情况",
    "1-X月指标完成值",
    "当前完成值",
    "截至目前完成值",
    "截至目前完成情况",
    "执行情况",
    "实际值",
  ],
  forecast: ["全年预计完成情况", "全年预计完成值", "预计完成情况", "预计完成值"],
  deviation: [
    "偏差原因分析及改进措施",
    "偏差原因",
    "偏差原因分析",
    "未完成原因分析",
    "未完成原因和改进措施",
    "原因分析及改进措施",
    "偏差原因分析及改进措施说明",
  ],
  indicatorClass: ["指标分类", "指标类别", "指标类型"],
  goal: ["目标序号", "绩效目标", "年度绩效目标"],
  priorValue: ["前年指标值", "上年指标值", "上年实际完成值", "近两年指标值", "历史指标值"],
  valueType: ["指标值类型", "定量/定性"],
  scoringStandard: ["评(扣)分标准", "评分标准", "扣分标准"],
  likelihood: ["完成目标可能性", "完成可能性"],
  remark: ["备注", "说明", "改进措施"],
};

/** Tried in order when no exact label matches: a header cell that starts with the prefix gets the role. */
export const COLUMN_LABEL_PREFIXES: readonly (readonly [string, ColumnRole])[] = [
  ["偏差原因", "deviation"],
  ["未完成原因", "deviation"],
  ["全年预计", "forecast"],
  ["实际完成", "actual"],
  ["指标值确定", "basis"],
  ["指标值设定", "basis"],
  ["年度指标值", "target"],
  ["指标值", "target"],
  ["三级指标", "name"],
  ["二级指标", "level2"],
  ["一级指标", "level1"],
  ["绩效指标描述", "description"],
  ["指标分类", "indicatorClass"],
  ["权重", "weight"],
  ["分值", "weight"],
  ["得分", "score"],
];

/** 一级指标 names seen in the two frameworks (domain-rules §1.1) and in department tables. Used to un-glue cells. */
export const LEVEL1_NAMES: readonly string[] = [
  "产出指标",
  "效益指标",
  "效果指标",
  "满意度指标",
  "成本指标",
  "运行成本",
  "管理效率",
  "履职效能",
  "服务满意度",
  "社会效应",
  "投入指标",
  "过程指标",
];

/** 二级指标 names (domain-rules §1.1, both frameworks, plus common local spellings). */
export const LEVEL2_NAMES: readonly string[] = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "可持续性影响指标",
  "可持续性影响",
  "可持续影响",
  "服务对象满意度指标",
  "服务对象满意度",
  "社会公众或服务对象满意度指标",
  "社会公众满意度指标",
];

/** Labels of the 项目支出绩效目标表 head (the part above the indicator table). */
export const PROJECT_LABELS = {
  code: ["项目编码", "项目代码", "项目编号"],
  name: ["项目名称"],
  unit: ["预算单位", "实施单位", "单位名称", "预算单位名称"],
  department: ["主管部门", "部门名称", "部门(单位)名称", "主管部门名称"],
  budgetGroup: ["预算规模及资金用途", "预算规模", "项目资金", "资金情况"],
  total: ["预算数", "预算金额", "项目预算数", "年度预算数", "资金总额", "年度资金总额", "预算资金"],
  fiscal: ["其中:财政资金", "财政资金", "其中财政资金", "财政拨款", "其中:财政拨款", "当年财政拨款"],
  other: ["其他资金", "其中:其他资金", "自筹资金"],
  purpose: ["资金用途", "主要用途", "项目资金用途", "资金主要用途"],
  spendPlan: ["资金支出计划(%)", "资金支出计划", "支出计划", "资金支出进度计划", "资金支出计划(累计%)"],
  goals: ["绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "总体目标", "年度总体目标"],
} as const;

export type ProjectLabelKey = keyof typeof PROJECT_LABELS;

/** Month-end column headers of 资金支出计划 → spend-plan key. */
export const SPEND_PLAN_MONTHS: readonly (readonly [RegExp, "mar" | "jun" | "oct" | "dec"])[] = [
  [/^(3|三)月(底|末)?$|^第一季度(末)?$|^一季度(末)?$/, "mar"],
  [/^(6|六)月(底|末)?$|^第二季度(末)?$|^二季度(末)?$|^上半年$/, "jun"],
  [/^(10|十)月(底|末)?$/, "oct"],
  [/^(12|十二)月(底|末)?$|^年底$|^全年$/, "dec"],
];

/** Strip whitespace, unify brackets and colons, drop a trailing colon: the form labels are compared in. */
export function normalizeLabel(text: string): string {
  const cached = normalized.get(text);
  if (cached !== undefined) return cached;
  const key = text
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[—–－]/g, "-")
    .replace(/:$/, "");
  // cell texts repeat a lot (labels on every page, 无, 计划标准): a small cache saves most of the regex work
  if (normalized.size > 4096) normalized.clear();
  normalized.set(text, key);
  return key;
}

const normalized = new Map<string, string>();

/** Labels are short; longer cells are content and need no lookup. */
export const MAX_LABEL_LENGTH = 40;

const exactRoles = new Map<string, ColumnRole>();
for (const [role, labels] of Object.entries(COLUMN_LABELS) as [ColumnRole, readonly string[]][]) {
  for (const label of labels) {
    const key = normalizeLabel(label);
    if (!exactRoles.has(key)) exactRoles.set(key, role);
  }
}

/** The role of one header cell, or null when it is not a known indicator-table column label. */
export function columnRoleOf(label: string): ColumnRole | null {
  if (label.length > MAX_LABEL_LENGTH) return null;
  const key = normalizeLabel(label);
  if (key === "") return null;
  const exact = exactRoles.get(key);
  if (exact) return exact;
  for (const [prefix, role] of COLUMN_LABEL_PREFIXES) if (key.startsWith(prefix)) return role;
  return null;
}

/** The role of a header cell only when it is exactly a known label (no prefix rule). */
export function exactColumnRoleOf(label: string): ColumnRole | null {
  if (label.length > MAX_LABEL_LENGTH) return null;
  return exactRoles.get(normalizeLabel(label)) ?? null;
}

/** All known header labels, longest first: used to split header cells glued together ("一级指标二级指标…"). */
export const KNOWN_COLUMN_LABELS: readonly string[] = [...exactRoles.keys()]
  .filter((l) => l.length >= 2)
  .sort((a, b) => b.length - a.length);

/** First two characters of every known label: a glued header cell must start with one of them. */
export const KNOWN_LABEL_STARTS: ReadonlySet<string> = new Set(KNOWN_COLUMN_LABELS.map((l) => l.slice(0, 2)));

/** True when the normalised text is one of `labels` (normalised). */
export function isLabel(text: string, labels: readonly string[]): boolean {
  const key = normalizeLabel(text);
  return labels.some((l) => normalizeLabel(l) === key);
}
