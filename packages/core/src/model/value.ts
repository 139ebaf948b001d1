import { z } from "zod";

/** 计算符号 after normalisation (domain-rules §1.2). */
export const operatorSchema = z.enum([">=", ">", "=", "<=", "<"]);
export type Operator = z.infer<typeof operatorSchema>;

export const valueKindSchema = z.enum(["quantitative", "qualitative", "deadline", "boolean"]);
export type ValueKind = z.infer<typeof valueKindSchema>;

/** What the value grammar made of a 指标值 / 实际完成值 text (exchange-format ParsedValue). */
export const parsedValueSchema = z
  .object({
    kind: valueKindSchema,
    op: operatorSchema.nullable(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    text: z.string().nullable(),
  })
  .strict();
export type ParsedValue = z.infer<typeof parsedValueSchema>;
