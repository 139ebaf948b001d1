import { JixiaoError } from "@jixiao/core";
import { type Database, type SourceFileInfo, type StoredDocument, saveSourceFile } from "@jixiao/db";
import type { Principal } from "../auth/principal.ts";
import type { Upload } from "../http/read-upload.ts";
import { createStoredDocument } from "./create-document.ts";
import { type ImportPreview, previewImport } from "./preview-import.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the file again and stores it, with the file itself, as a new document (version 1, reason "import"): all or
 * nothing.
 */
export async function confirmImport(input: { database: Database; principal: Principal; upload: Upload }): Promise<{
  stored: StoredDocument;
  sourceFile: SourceFileInfo;
  preview: ImportPreview;
}> {
  const departmentId = optionalId(input.upload.fields.departmentId, "departmentId");
  const unitId = optionalId(input.upload.fields.unitId, "unitId");
  const preview = await previewImport({ db: input.database.db, principal: input.principal, upload: input.upload });
  const { principal, upload } = input;
  // The source file, the department (if new), the document with its rows and the audit entries: one transaction.
  return input.database.transaction(async (tx) => {
    const sourceFile = await saveSourceFile(tx, {
      regionId: principal.regionId,
      fileName: upload.fileName,
      bytes: upload.bytes,
      mediaType: upload.mediaType,
      userId: principal.userId,
    });
    const stored = await createStoredDocument({
      db: tx,
      principal,
      document: preview.document,
      departmentId,
      unitId,
      sourceFileId: sourceFile.id,
      reason: "import",
    });
    return { stored, sourceFile, preview };
  });
}

function optionalId(value: string | undefined, name: string): string | null {
  if (value === undefined || value === "") return null;
  if (!UUID.test(value)) throw new JixiaoError("validation", `bad ${name}`, { userMessage: `${name} 应为 UUID` });
  return value;
}
