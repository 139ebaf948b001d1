import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { documentSummarySchema, presentDocument } from "../../presenters/document.ts";
import { listVisibleDocuments } from "../../use-cases/list-documents.ts";
import { uuid } from "../schemas.ts";

export const listQuery = z
  .object({
    year: z.coerce.number().int().optional(),
    departmentId: uuid.optional(),
    state: z.string().max(40).optional(),
    kind: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export default defineRoute({
  method: "GET",
  url: "/api/documents",
  summary: "文档列表（按权限范围）/ list documents",
  tags: ["文档"],
  querystring: listQuery,
  response: { 200: z.object({ items: z.array(documentSummarySchema), total: z.number() }) },
  handler: async ({ services, principal, query }) => {
    const { items, total } = await listVisibleDocuments({ db: services.database.db, principal, filter: query });
    return { items: items.map((r) => presentDocument(r, principal)), total };
  },
});
