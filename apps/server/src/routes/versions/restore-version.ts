import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { presentDocument } from "../../presenters/document.ts";
import { restoreDocumentVersion } from "../../use-cases/restore-version.ts";
import { storedDocumentSchema } from "../documents/get-document.ts";
import { errorSchema, versionField } from "../schemas.ts";
import { versionParams } from "./get-version.ts";

export default defineRoute({
  method: "POST",
  url: "/api/documents/:id/versions/:version/restore",
  summary: "恢复某个历史版本（另存为新版本）/ restore a version",
  tags: ["历史版本"],
  params: versionParams,
  body: z.object({ version: versionField.optional() }).strict(),
  response: { 200: storedDocumentSchema, 409: errorSchema },
  handler: async ({ services, principal, params, body, request }) => {
    const saved = await restoreDocumentVersion({
      database: services.database,
      principal,
      id: params.id,
      version: params.version,
      expectedVersion: expectedVersionOf(request.headers["if-match"], body.version),
    });
    return { record: presentDocument(saved.record, principal), document: saved.document };
  },
});
