import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { presentDocument } from "../../presenters/document.ts";
import { saveStoredDocument } from "../../use-cases/save-document.ts";
import { documentSchema, errorSchema, idParams, versionField } from "../schemas.ts";
import { storedDocumentSchema } from "./get-document.ts";

export default defineRoute({
  method: "PUT",
  url: "/api/documents/:id",
  summary: "保存文档（新版本；If-Match 或 version 给出所编辑的版本，过期则 409）/ save a document",
  tags: ["文档"],
  params: idParams,
  body: z.object({ version: versionField.optional(), document: documentSchema }).strict(),
  response: { 200: storedDocumentSchema, 409: errorSchema },
  handler: async ({ services, principal, params, body, request, reply }) => {
    const saved = await saveStoredDocument({
      database: services.database,
      principal,
      id: params.id,
      expectedVersion: expectedVersionOf(request.headers["if-match"], body.version),
      document: body.document,
    });
    reply.header("etag", `"${saved.record.version}"`);
    return { record: presentDocument(saved.record, principal), document: saved.document };
  },
});
