import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { presentDocument } from "../../presenters/document.ts";
import { createStoredDocument } from "../../use-cases/create-document.ts";
import { documentSchema, uuid } from "../schemas.ts";
import { storedDocumentSchema } from "./get-document.ts";

export default defineRoute({
  method: "POST",
  url: "/api/documents",
  summary: "新建文档（jixiao/v1 JSON）/ create a document",
  tags: ["文档"],
  body: z
    .object({
      document: documentSchema,
      departmentId: uuid.nullable().optional(),
      unitId: uuid.nullable().optional(),
      relatesToDocumentId: uuid.nullable().optional(),
    })
    .strict(),
  response: { 201: storedDocumentSchema },
  handler: async ({ services, principal, body, reply }) => {
    const stored = await createStoredDocument({ db: services.database.db, principal, ...body });
    reply.status(201).header("etag", `"${stored.record.version}"`);
    return { record: presentDocument(stored.record, principal), document: stored.document };
  },
});
