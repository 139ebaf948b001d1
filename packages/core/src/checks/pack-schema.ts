import { z } from "zod";

/**
 * A rule pack as data (JSON): which checks are on, their severities, thresholds, the indicator framework, the
 * scoring weights and the word lists the heuristic checks use. A regional pack names its parent in `extends`
 * and lists only what differs.
 */
const severitySchema = z.enum(["error", "warning", "info"]);

export const thresholdsSchema = z
  .object({
    /** R-GOAL-1: shortest acceptable 绩效目标 text, in characters. */
    goalMinLength: z.number().int().min(0),
    /** R-BUD-1: tolerance of 预算数 = 财政资金 + 其他资金, in the document's amount unit. */
    budgetTolerance: z.number().min(0),
    /** R-IND-9: most 三级指标 one project should have. */
    maxIndicators: z.number().int().min(1),
    /** R-PLAN-4: what 12月底 must reach, %. */
    planDecemberTarget: z.number().min(0).max(100),
    /** R-PLAN-7: least 6月底 cumulative %, or null when the region sets none. */
    planJuneMin: z.number().min(0).max(100).nullable(),
    /** R-SAT-1: lowest acceptable 满意度 target, %. */
    satisfactionFloor: z.number().min(0).max(100),
    /** R-COST-6: a total-cost target below this share of 预算数 is suspicious. */
    costBelowBudgetRatio: z.number().min(0).max(1),
    /** R-COST-4: unit cost × quantity may differ from 预算数 by this share. */
    unitCostTolerance: z.number().min(0).max(1),
    /** R-FEAS-5: a money benefit this many times the budget is outside the project's control. */
    macroRatio: z.number().min(1),
    /** E-2 / S-6: actual ÷ target at which over-achievement must be explained (Guangxi 1.3). */
    overAchievementRatio: z.number().min(1),
    /** E-2 when the target is 0: actual at which it must be explained. */
    overAchievementZeroTarget: z.number().min(0),
    /** E-3: 执行率 (%) below which a reason is required. */
    executionRateExplain: z.number().min(0).max(100),
    /** S-2 / S-3 / S-5: tolerance when comparing stated and recomputed scores. */
    scoreTolerance: z.number().min(0),
    /** R-HB-2: tolerance of 占比 (percentage points). */
    shareTolerance: z.number().min(0),
  })
  .strict();
export type Thresholds = z.infer<typeof thresholdsSchema>;

const level1WeightsSchema = z
  .object({
    cost: z.number().min(0).optional(),
    output: z.number().min(0),
    benefit: z.number().min(0),
    satisfaction: z.number().min(0),
  })
  .strict();
export type Level1Weights = z.infer<typeof level1WeightsSchema>;

export const weightsSchema = z
  .object({
    /** 预算执行率 分值. */
    execution: z.number().min(0),
    /** Σ of all 三级 分值 (W-3). */
    indicators: z.number().min(0),
    /** Split of the indicator 分值 by 一级 in framework B (W-2); null: not checked. */
    splitB: level1WeightsSchema.nullable(),
    /** Split in framework A (成本 as its own 一级); null: not checked (101号 gives no split). */
    splitA: level1WeightsSchema.nullable(),
    /** Reverse (≤) indicator formula: V C1 linear penalty (default) or P7 ratio t ÷ a. */
    reverseFormula: z.enum(["linearPenalty", "ratio"]),
  })
  .strict();
export type Weights = z.infer<typeof weightsSchema>;

export const lexiconSchema = z
  .object({
    /** R-IND-3: cell texts that mean "nothing here". */
    placeholders: z.array(z.string()),
    /** R-IND-6: 指标值确定依据 values that are not a standard. */
    nonStandardBases: z.array(z.string()),
    /** R-IND-6 (strict policy) and §1.3: the standard bases. */
    standardBases: z.array(z.string()),
    /** R-VAL-7: 定性 targets that can be graded. A target containing one of these passes. */
    grades: z.array(z.string()),
    /** R-REL-3: words of ecology and environment; `ecologyGeneric` are the vague ones. */
    ecology: z.array(z.string()),
    ecologyGeneric: z.array(z.string()),
    /** R-REL-6: work of other sectors (a 科技局 text about 水利工程 was copied). */
    otherSectors: z.array(z.string()),
    /** R-FEAS-5: words of macro indicators outside one project's control. */
    macro: z.array(z.string()),
    /** R-COST-5: whose spending a cost indicator must not be. */
    beneficiaries: z.array(z.string()),
    /** R-REL-2: project money handed out, which is an input, not a benefit. */
    inputMoney: z.array(z.string()),
    /** R-TXT-1: template placeholders. */
    templatePlaceholders: z.array(z.string()),
    /** R-REL-1: words of a 时效 indicator. */
    timeliness: z.array(z.string()),
  })
  .strict();
export type Lexicon = z.infer<typeof lexiconSchema>;

/** §4.3–4.4: which 监控 explanations a region requires and where its light bands lie. */
export const monitoringSpecSchema = z
  .object({
    /** A preset of `explanationPolicies` (default: red and yellow lights need a 偏差原因). */
    policy: z.enum(["default", "tianjin", "ningxia", "hebei"]).optional(),
    lights: z
      .object({
        red: z.number().min(0),
        yellow: z.number().min(0),
        blueRatio: z.number().min(1),
        prorateRates: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type MonitoringSpec = z.infer<typeof monitoringSpecSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "规则包编号只能由小写字母、数字和连字符组成");

export const rulePackSpecSchema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema,
    name: z.string().min(1),
    /** 行政区划 or name of the region; null for national. */
    region: z.string().nullable(),
    /** First and last budget year the pack applies to (inclusive); null = open. */
    years: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }).strict(),
    extends: idSchema.nullable(),
    /** Why this pack differs from its parent, in Chinese (shown to administrators). */
    description: z.string(),
    rules: z
      .object({ enable: z.array(z.string()).optional(), disable: z.array(z.string()).optional() })
      .strict()
      .optional(),
    severity: z.record(z.string(), severitySchema).optional(),
    thresholds: thresholdsSchema.partial().optional(),
    /** A: 成本/产出/效益/满意度; B: 产出/效益/满意度; auto: A when a project has 成本指标 as 一级. */
    framework: z.enum(["A", "B", "auto"]).optional(),
    /** R-IND-6: lenient accepts a document name as basis (计划标准 + reference); enum requires one of §1.3. */
    basisPolicy: z.enum(["lenient", "enum"]).optional(),
    /**
     * Whether a project table must have a 资金支出计划 at all (Hebei's 预算绩效文本 has one; the national 项目支出绩效目标表
     * template has none). A plan that is there is always checked.
     */
    spendPlanRequired: z.boolean().optional(),
    /** Whether department-table (Hubei) 预期当年实现值 need a 计算符号. */
    departmentTableRequiresOperator: z.boolean().optional(),
    weights: weightsSchema.partial().optional(),
    monitoring: monitoringSpecSchema.optional(),
    /** Word lists; a child's lists are added to the parent's (`replace` lists replace them). */
    lexicon: lexiconSchema.partial().optional(),
    lexiconReplace: lexiconSchema.partial().optional(),
  })
  .strict();
export type RulePackSpec = z.infer<typeof rulePackSpecSchema>;
