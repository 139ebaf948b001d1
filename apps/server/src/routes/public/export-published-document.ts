import { z } from "zod";
import { exporters } from "../../exporters/index.ts";
import { defineRoute } from "../../http/route.ts";
import { exportPublishedDocument } from "../../use-cases/published-documents.ts";
import { sendFile } from "../documents/export-document.ts";
import { uuid } from "../schemas.ts";

export default defineRoute({
  method: "GET",
  url: "/api/public/regions/:code/documents/:id/export",
  summary: `公开：下载已公开的文档（format：${Object.keys(exporters).join(" / ")}；无需登录）/ public: download`,
  tags: ["公开"],
  auth: "public",
  params: z.object({ code: z.string().min(1).max(64), id: uuid }).strict(),
  querystring: z.object({ format: z.string().max(20).default("docx") }).strict(),
  handler: async ({ services, params, query, reply }) =>
    sendFile(
      reply,
      await exportPublishedDocument(services.database.db, {
        regionCode: params.code,
        id: params.id,
        format: query.format,
      }),
    ),
});
