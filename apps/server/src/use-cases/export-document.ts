import { JixiaoError } from "@jixiao/core";
import type { Db, StoredDocument } from "@jixiao/db";
import { loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import { type Exporter, exporters } from "../exporters/index.ts";

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
  const exporter = exporterFor(input.format);
  const stored = await loadAuthorizedDocument({
    db: input.db,
    principal: input.principal,
    id: input.id,
    permission: "read",
  });
  return writeExport(stored, exporter);
}

/** The exporter of a format; refuses an unknown one with the list of formats. */
export function exporterFor(format: string): Exporter {
  const exporter = exporters[format];
  if (!exporter) {
    throw new JixiaoError("unsupported_format", `no exporter ${format}`, {
      userMessage: `不支持导出为 ${format}；可选：${Object.keys(exporters).join("、")}`,
    });
  }
  return exporter;
}

/** The current version of a stored document as a file, named after its title and version. */
export async function writeExport(stored: StoredDocument, exporter: Exporter): Promise<ExportedFile> {
  const base = (stored.document.title ?? stored.record.title ?? "绩效文档")
    .replace(/[\\/:*?"<>|\r\n]+/g, "_")
    .slice(0, 80);
  return {
    fileName: `${base}-v${stored.record.version}.${exporter.extension}`,
    mediaType: exporter.mediaType,
    bytes: await exporter.write(stored.document),
  };
}
