import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { deleteStoredDocument } from "../../use-cases/delete-document.ts";
import { idParams, okSchema } from "../schemas.ts";

export default defineRoute({
  method: "DELETE",
  url: "/api/documents/:id",
  summary: "删除文档（历史版本保留；须 If-Match）/ delete a document",
  tags: ["文档"],
  params: idParams,
  querystring: z.object({ version: z.coerce.number().int().min(1).optional() }).strict(),
  response: { 200: okSchema },
  handler: async ({ services, principal, params, query, request }) => {
    const expectedVersion = expectedVersionOf(request.headers["if-match"], query.version);
    await deleteStoredDocument({ db: services.database.db, principal, id: params.id, expectedVersion });
    return { ok: true as const };
  },
});
