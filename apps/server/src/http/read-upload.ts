import { JixiaoError } from "@jixiao/core";
import type { FastifyRequest } from "fastify";

export interface Upload {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

/** The text fields an upload may carry (beside the file `file`). */
export const UPLOAD_FIELDS = ["departmentId", "unitId"] as const;

/**
 * Reads a multipart/form-data request with exactly one file (field `file`) and a few text fields. The size limit
 * is enforced while streaming (@fastify/multipart throws, the error handler answers 413), so nothing oversized is buffered.
 */
export async function readUpload(
  request: FastifyRequest,
  allowedFields: readonly string[] = UPLOAD_FIELDS,
): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new JixiaoError("unsupported_format", "not multipart", {
      userMessage: "请以 multipart/form-data 上传文件（字段名 file）",
    });
  }
  const fields: Record<string, string> = {};
  let file: Omit<Upload, "fields"> | null = null;
  for await (const part of request.parts()) {
    if (part.type === "file") {
      const buffer = await part.toBuffer();
      if (file) continue;
      file = { fileName: part.filename || "upload", mediaType: part.mimetype, bytes: new Uint8Array(buffer) };
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new JixiaoError("validation", "no file", { userMessage: "没有收到文件：请在字段 file 中上传" });
  // Unknown fields are refused, as in JSON bodies (checked after the stream is read, so the request ends cleanly).
  const unknown = Object.keys(fields).filter((k) => !allowedFields.includes(k));
  if (unknown.length > 0) {
    throw new JixiaoError("validation", `unknown upload fields ${unknown.join(", ")}`, {
      userMessage: `上传表单含有未知字段：${unknown.join("、")}（只允许 file${allowedFields.map((f) => `、${f}`).join("")}）`,
      details: { unknown },
    });
  }
  if (file.bytes.length === 0)
    throw new JixiaoError("not_a_document", "empty file", { userMessage: "上传的文件是空的" });
  return { ...file, fields };
}
