import { z } from "zod";
import { readUpload } from "../../http/read-upload.ts";
import { defineRoute } from "../../http/route.ts";
import { documentSummarySchema, presentDocument } from "../../presenters/document.ts";
import { confirmImport } from "../../use-cases/confirm-import.ts";

export default defineRoute({
  method: "POST",
  url: "/api/imports",
  summary: "确认导入：上传同一文件（可带 departmentId、unitId 字段），整体保存为新文档 / import a file",
  tags: ["导入"],
  consumes: ["multipart/form-data"],
  response: {
    201: z.object({ record: documentSummarySchema, warnings: z.array(z.unknown()), findings: z.number() }),
  },
  handler: async ({ services, principal, request, reply }) => {
    const { stored, preview } = await confirmImport({
      database: services.database,
      principal,
      upload: await readUpload(request),
    });
    reply.status(201);
    return {
      record: presentDocument(stored.record, principal),
      warnings: preview.warnings,
      findings: preview.check.report.findings.length,
    };
  },
});
