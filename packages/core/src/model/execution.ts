import { z } from "zod";
import { indicatorSchema } from "./indicator.ts";

/** 预算执行情况: 年初预算数, 全年预算数 (A), 全年执行数 (B), 分值, 得分, 执行率 (%). */
export const executionSchema = z
  .object({
    initial: z.number().nullable(),
    annual: z.number().nullable(),
    executed: z.number().nullable(),
    weight: z.number().nullable(),
    score: z.number().nullable(),
    rate: z.number().nullable(),
    /** 全年预计执行数 (monitoring: the spend expected by year end). */
    forecast: z.number().nullable().optional(),
  })
  .strict();
export type Execution = z.infer<typeof executionSchema>;

export const goalCompletionSchema = z
  .object({ no: z.number().int().nullable(), goal: z.string(), achieved: z.string().nullable() })
  .strict();
export type GoalCompletion = z.infer<typeof goalCompletionSchema>;

/** Department-level self-evaluation (整体支出绩效自评表, seed 002). */
export const evaluationSchema = z
  .object({
    execution: executionSchema,
    executionDeviation: z.string().nullable(),
    goals: z.array(goalCompletionSchema),
    goalsDeviation: z.string().nullable().optional(),
    indicators: z.array(indicatorSchema),
    totalWeight: z.number().nullable(),
    totalScore: z.number().nullable(),
    grade: z.enum(["优", "良", "中", "差"]).nullable(),
    conclusion: z.string().nullable(),
  })
  .strict();
export type Evaluation = z.infer<typeof evaluationSchema>;
