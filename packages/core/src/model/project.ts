import { z } from "zod";
import { executionSchema } from "./execution.ts";
import { indicatorSchema, sourceRefSchema } from "./indicator.ts";
import { orgSchema } from "./org.ts";

export const budgetSchema = z
  .object({ total: z.number().nullable(), fiscal: z.number().nullable(), other: z.number().nullable() })
  .strict();
export type Budget = z.infer<typeof budgetSchema>;

/** 资金支出计划: cumulative % at the end of March, June, October and December; null where the cell is blank. */
export const spendPlanSchema = z
  .object({
    mar: z.number().nullable(),
    jun: z.number().nullable(),
    oct: z.number().nullable(),
    dec: z.number().nullable(),
  })
  .strict();
export type SpendPlan = z.infer<typeof spendPlanSchema>;

export const projectSchema = z
  .object({
    code: z.string().nullable(),
    name: z.string(),
    unit: orgSchema.nullable(),
    budget: budgetSchema.nullable(),
    purpose: z.string().nullable(),
    spendPlan: spendPlanSchema.nullable(),
    /** Which of the four month columns the source table had (R-PLAN-5); absent means all four. */
    spendPlanColumns: z.array(z.enum(["mar", "jun", "oct", "dec"])).optional(),
    goals: z.array(z.string()),
    indicators: z.array(indicatorSchema),
    execution: executionSchema.nullable(),
    /** Self-evaluation / monitoring of one project: 偏差原因 (and 改进措施) of the budget execution. */
    executionDeviation: z.string().nullable().optional(),
    /** Self-evaluation / monitoring of one project: 实际完成情况 (1–X月实际完成情况) of the 年度总体目标. */
    goalsAchieved: z.string().nullable().optional(),
    /** Self-evaluation of one project: 总分 row as stated (分值 incl. the budget's, 得分) and 自评等级. */
    totalWeight: z.number().nullable().optional(),
    totalScore: z.number().nullable().optional(),
    grade: z.enum(["优", "良", "中", "差"]).nullable().optional(),
    /** Self-evaluation / monitoring of one project: its conclusion or remarks. */
    conclusion: z.string().nullable().optional(),
    source: sourceRefSchema.nullable().optional(),
  })
  .strict();
export type Project = z.infer<typeof projectSchema>;
