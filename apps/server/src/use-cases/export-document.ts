import { JixiaoError } from "@jixiao/core";
import type { Db } from "@jixiao/db";
import { loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import { exporters } from "../exporters/index.ts";

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Writes the current version of a document in one of the registered formats. */
export async function exportDocument(input: {
  db: Db;
  principal: Principal;
  id: string;
  format: string;
}): Promise<ExportedFile> {
  const exporter = exporters[input.format];
  if (!exporter) {
    throw new JixiaoError("unsupported_format", `no exporter ${input.format}`, {
      userMessage: `不支持导出为 ${input.format}；可选：${Object.keys(exporters).join("、")}`,
    });
  }
  const stored = await loadAuthorizedDocument({
    db: input.db,
    principal: input.principal,
    id: input.id,
    permission: "read",
  });
  const base = (stored.document.title ?? stored.record.title ?? "绩效文档")
    .replace(/[\\/:*?"<>|\r\n]+/g, "_")
    .slice(0, 80);
  return {
    fileName: `${base}-v${stored.record.version}.${exporter.extension}`,
    mediaType: exporter.mediaType,
    bytes: await exporter.write(stored.document),
  };
}
