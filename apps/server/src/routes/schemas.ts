import { documentSchema } from "@jixiao/core";
import { z } from "zod";

/** Schemas shared by several routes. */
export const uuid = z.uuid({ error: "应为 UUID" });
export const idParams = z.object({ id: uuid }).strict();
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
/** PostgreSQL `integer`: a larger version cannot exist. */
export const MAX_INT = 2_147_483_647;
export const versionField = z.number().int().min(1).max(MAX_INT, "版本号过大");
export { documentSchema };
export const okSchema = z.object({ ok: z.literal(true) });
