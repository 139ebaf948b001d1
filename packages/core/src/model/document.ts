import { z } from "zod";
import { departmentTableSchema } from "./department-table.ts";
import { evaluationSchema } from "./execution.ts";
import { amountUnitSchema, orgSchema } from "./org.ts";
import { projectSchema } from "./project.ts";

export const FORMAT = "jixiao/v1" as const;

export const documentKindSchema = z.enum([
  "performance-text",
  "department-targets",
  "project-targets",
  "self-evaluation",
  "monitoring",
]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** 部门整体绩效目标, narrative form: 总体绩效目标, 分项绩效目标, 工作保障措施. */
export const overallGoalsSchema = z
  .object({
    summary: z.string().nullable(),
    items: z.array(
      z
        .object({ title: z.string().nullable(), goal: z.string().nullable(), indicators: z.string().nullable() })
        .strict(),
    ),
    safeguards: z.array(z.string()),
  })
  .strict();
export type OverallGoals = z.infer<typeof overallGoalsSchema>;

/** Monitoring header: the month the report runs to (1–X月). */
export const monitoringInfoSchema = z.object({ month: z.number().int().min(1).max(12).nullable() }).strict();

export const documentSchema = z
  .object({
    format: z.literal(FORMAT),
    kind: documentKindSchema,
    title: z.string().nullable(),
    year: z.number().int().nullable(),
    department: orgSchema.nullable(),
    amountUnit: amountUnitSchema,
    overall: overallGoalsSchema.nullable(),
    departmentTable: departmentTableSchema.nullable(),
    projects: z.array(projectSchema),
    evaluation: evaluationSchema.nullable(),
    monitoring: monitoringInfoSchema.nullable().optional(),
  })
  .strict();
export type PerformanceDocument = z.infer<typeof documentSchema>;
