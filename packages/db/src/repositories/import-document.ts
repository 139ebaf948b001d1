import type { PerformanceDocument } from "@jixiao/core";
import type { Db } from "../database.ts";
import { assertDocumentReferences } from "./document-references.ts";
import { createDocument, type StoredDocument } from "./documents.ts";
import { findOrCreateDepartment } from "./regions.ts";
import { type SourceFileInfo, saveSourceFile } from "./source-files.ts";

export interface ImportDocumentOptions {
  regionId: string;
  document: PerformanceDocument;
  /** The file it was read from, kept beside it. */
  file?: { fileName: string; bytes: Uint8Array; mediaType?: string | null } | null;
  /** Defaults to the document's own 部门 (found or created by name). */
  departmentId?: string | null;
  userId?: string | null;
}

/**
 * Stores an imported document all-or-nothing: source file, department, document version 1 with all its project and
 * indicator rows and the audit entries commit together in ONE transaction, so a crash (even kill -9) mid-import
 * leaves nothing behind.
 */
export async function importDocument(
  db: Db,
  options: ImportDocumentOptions,
): Promise<StoredDocument & { sourceFile: SourceFileInfo | null }> {
  return db.transaction(async (tx) => {
    const sourceFile = options.file
      ? await saveSourceFile(tx, { regionId: options.regionId, ...options.file, userId: options.userId ?? null })
      : null;
    let departmentId = options.departmentId ?? null;
    const named = options.document.department;
    if (!departmentId && named?.name) {
      const department = await findOrCreateDepartment(tx, {
        regionId: options.regionId,
        name: named.name,
        code: named.code,
        ...(options.userId ? { userId: options.userId } : {}),
      });
      departmentId = department.id;
    }
    await assertDocumentReferences(tx, { regionId: options.regionId, departmentId });
    const stored = await createDocument(tx, {
      regionId: options.regionId,
      document: options.document,
      userId: options.userId ?? null,
      departmentId,
      sourceFileId: sourceFile?.id ?? null,
      reason: "import",
    });
    return { ...stored, sourceFile };
  });
}
