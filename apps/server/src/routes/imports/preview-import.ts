import { documentSchema } from "@jixiao/core";
import { z } from "zod";
import { readUpload } from "../../http/read-upload.ts";
import { defineRoute } from "../../http/route.ts";
import { previewImport } from "../../use-cases/preview-import.ts";
import { checkOutcomeSchema } from "../documents/check-document.ts";

export const previewSchema = z.object({
  fileName: z.string(),
  size: z.number(),
  document: documentSchema,
  warnings: z.array(z.object({ code: z.string(), message: z.string() }).passthrough()),
  check: checkOutcomeSchema,
});

export default defineRoute({
  method: "POST",
  url: "/api/imports/preview",
  summary: "导入预览：上传文件（multipart，字段 file，≤ 50 MB），返回读取结果与审核发现，不保存 / preview an import",
  tags: ["导入"],
  consumes: ["multipart/form-data"],
  response: { 200: previewSchema },
  handler: async ({ services, principal, request }) =>
    previewImport({ db: services.database.db, principal, upload: await readUpload(request) }),
});
