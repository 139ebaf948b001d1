import { z } from "zod";
import { indicatorSchema } from "./indicator.ts";

/**
 * Table-form 部门整体绩效目标 (Hubei framework, seed 004).
 * Amounts are in the document's amountUnit; shares are percentages 0–100.
 */
export const fundLineSchema = z
  .object({
    /** 财政拨款, 财政专户管理资金, 单位资金, 人员类项目支出 … ; "合计" for the total line. */
    label: z.string(),
    amount: z.number().nullable(),
    share: z.number().nullable(),
    /** Amounts of earlier years, in the order of `DepartmentTable.funds.priorYears`. */
    prior: z.array(z.number().nullable()),
  })
  .strict();
export type FundLine = z.infer<typeof fundLineSchema>;

export const fundsSchema = z
  .object({
    priorYears: z.array(z.number().int().nullable()),
    income: z.array(fundLineSchema),
    incomeTotal: fundLineSchema.nullable(),
    expense: z.array(fundLineSchema),
    expenseTotal: fundLineSchema.nullable(),
  })
  .strict();
export type Funds = z.infer<typeof fundsSchema>;

export const departmentTableSchema = z
  .object({
    name: z.string().nullable(),
    preparer: z.string().nullable(),
    phone: z.string().nullable(),
    funds: fundsSchema.nullable(),
    /** 部门职能概述, one entry per numbered item. */
    functions: z.array(z.string()),
    /** 年度工作任务, one entry per numbered item. */
    tasks: z.array(z.string()),
    longTerm: z
      .object({
        deadline: z.number().int().nullable(),
        goal: z.string().nullable(),
        indicators: z.array(indicatorSchema),
      })
      .strict()
      .nullable(),
    annual: z
      .object({ goal: z.string().nullable(), indicators: z.array(indicatorSchema) })
      .strict()
      .nullable(),
  })
  .strict();
export type DepartmentTable = z.infer<typeof departmentTableSchema>;
