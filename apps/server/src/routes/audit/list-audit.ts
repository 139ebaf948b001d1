import { listAudit } from "@jixiao/db";
import { z } from "zod";
import { authorizeAdmin } from "../../auth/scope.ts";
import { defineRoute } from "../../http/route.ts";

export const auditEntrySchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
});

export default defineRoute({
  method: "GET",
  url: "/api/audit",
  summary: "审计日志（系统管理员）/ audit log",
  tags: ["审计"],
  querystring: z
    .object({
      entity: z.string().max(40).optional(),
      entityId: z.string().max(80).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    })
    .strict(),
  response: { 200: z.object({ items: z.array(auditEntrySchema) }) },
  handler: async ({ services, principal, query }) => {
    authorizeAdmin(principal);
    const items = await listAudit(services.database.db, { regionId: principal.regionId, ...query });
    return {
      items: items.map(({ regionId: _region, createdAt, before, after, ...rest }) => ({
        ...rest,
        before: withoutSecrets(before),
        after: withoutSecrets(after),
        createdAt: createdAt.toISOString(),
      })),
    };
  },
});

const SECRET_KEYS = new Set(["passwordHash", "tokenHash", "password_hash", "token_hash"]);

/** Password and token hashes never leave the server, not even to administrators. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, withoutSecrets(v)]),
    );
  }
  return value;
}
