import { z } from "zod";
import { parsedValueSchema } from "./value.ts";

/** Where a thing stands in the source file, so the UI and the checks can point at it. */
export const sourceRefSchema = z
  .object({
    page: z.number().int().nullable().optional(),
    table: z.number().int().nullable().optional(),
    row: z.number().int().nullable().optional(),
    line: z.number().int().nullable().optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One row of the three-level indicator table (绩效指标). */
export const indicatorSchema = z
  .object({
    level1: z.string(),
    level2: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    target: z.string().nullable(),
    targetParsed: parsedValueSchema.nullable(),
    /** 度量单位 / 计量单位 where the source has its own column for it. */
    measureUnit: z.string().nullable().optional(),
    basis: z.string().nullable(),
    goalNo: z.number().int().nullable(),
    actual: z.string().nullable(),
    /** 全年预计完成情况 (monitoring). */
    forecast: z.string().nullable().optional(),
    /** 完成目标可能性 (monitoring): 确定能 · 有可能 · 完全不可能, as written. */
    likelihood: z.string().nullable().optional(),
    weight: z.number().nullable(),
    score: z.number().nullable(),
    deviation: z.string().nullable(),
    /** 指标分类 (绩效基本型 / 绩效创新型), Hubei department tables. */
    indicatorClass: z.string().nullable().optional(),
    /** Values of earlier years (近两年指标值), Hubei department tables. */
    priorValues: z
      .array(z.object({ year: z.number().int().nullable(), value: z.string().nullable() }).strict())
      .optional(),
    source: sourceRefSchema.nullable().optional(),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;
