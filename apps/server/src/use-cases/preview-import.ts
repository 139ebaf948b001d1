import { JixiaoError, ROLE_LABELS } from "@jixiao/core";
import type { Db } from "@jixiao/db";
import { type ReadOutcome, readUpload } from "../adapters/read-document.ts";
import type { Principal } from "../auth/principal.ts";
import type { Upload } from "../http/read-upload.ts";
import { type CheckOutcome, checkInRegion } from "./check-in-region.ts";

export interface ImportPreview extends ReadOutcome {
  fileName: string;
  size: number;
  check: CheckOutcome;
}

/** Reads an uploaded file and checks it; stores nothing. */
export async function previewImport(input: { db: Db; principal: Principal; upload: Upload }): Promise<ImportPreview> {
  if (input.principal.role !== "admin" && input.principal.role !== "unit_editor") {
    throw new JixiaoError("forbidden", `${input.principal.role} may not import`, {
      userMessage: `“${ROLE_LABELS[input.principal.role]}”账号不能导入文档`,
    });
  }
  const read = await readUpload({ bytes: input.upload.bytes, fileName: input.upload.fileName });
  return {
    ...read,
    fileName: input.upload.fileName,
    size: input.upload.bytes.length,
    check: await checkInRegion({
      db: input.db,
      regionId: input.principal.regionId,
      document: read.document,
      readWarnings: read.warnings,
    }),
  };
}
