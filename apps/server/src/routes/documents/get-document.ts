import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { documentSummarySchema, presentDocument } from "../../presenters/document.ts";
import { documentSchema, idParams } from "../schemas.ts";

export const storedDocumentSchema = z.object({ record: documentSummarySchema, document: documentSchema });

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id",
  summary: "读取文档（当前版本）/ get a document",
  tags: ["文档"],
  params: idParams,
  response: { 200: storedDocumentSchema },
  handler: async ({ services, principal, params, reply }) => {
    const stored = await loadAuthorizedDocument({
      db: services.database.db,
      principal,
      id: params.id,
      permission: "read",
    });
    reply.header("etag", `"${stored.record.version}"`);
    return { record: presentDocument(stored.record, principal), document: stored.document };
  },
});
