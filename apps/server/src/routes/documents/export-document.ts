import type { FastifyReply } from "fastify";
import { z } from "zod";
import { exporters } from "../../exporters/index.ts";
import { defineRoute } from "../../http/route.ts";
import { type ExportedFile, exportDocument } from "../../use-cases/export-document.ts";
import { idParams } from "../schemas.ts";

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/export",
  summary: `导出文档（format：${Object.keys(exporters).join(" / ")}）/ export a document`,
  tags: ["文档"],
  params: idParams,
  querystring: z.object({ format: z.string().max(20).default("json") }).strict(),
  handler: async ({ services, principal, params, query, reply }) => {
    const file = await exportDocument({ db: services.database.db, principal, id: params.id, format: query.format });
    return sendFile(reply, file);
  },
});

/** A file as a download: its media type, an ASCII and a UTF-8 file name, no sniffing. */
export function sendFile(reply: FastifyReply, file: ExportedFile): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_");
  reply
    .type(file.mediaType)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header("x-content-type-options", "nosniff");
  return reply.send(Buffer.from(file.bytes));
}
