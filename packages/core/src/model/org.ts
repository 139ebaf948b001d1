import { z } from "zod";

/** 部门 or 预算单位: `{ code: "306001", name: "唐山市路南区科学技术局本级" }`. */
export const orgSchema = z.object({ code: z.string().nullable(), name: z.string() }).strict();
export type Org = z.infer<typeof orgSchema>;

export const amountUnitSchema = z.enum(["元", "万元", "亿元"]);
export type AmountUnit = z.infer<typeof amountUnitSchema>;
