import { listVersions } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { idParams } from "../schemas.ts";

export const versionInfoSchema = z.object({
  version: z.number(),
  reason: z.string(),
  restoredFrom: z.number().nullable(),
  userId: z.string().nullable(),
  createdAt: z.string(),
});

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/versions",
  summary: "历史版本列表（新的在前）/ list versions",
  tags: ["历史版本"],
  params: idParams,
  response: { 200: z.object({ current: z.number(), items: z.array(versionInfoSchema) }) },
  handler: async ({ services, principal, params }) => {
    const db = services.database.db;
    const stored = await loadAuthorizedDocument({ db, principal, id: params.id, permission: "read" });
    const items = await listVersions(db, { regionId: principal.regionId, id: params.id });
    return {
      current: stored.record.version,
      items: items.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    };
  },
});
