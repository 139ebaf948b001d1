import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../database.ts";
import { departments, documents, sourceFiles, units } from "../schema/index.ts";
import { notFound } from "./regions.ts";

export interface DocumentReferences {
  regionId: string;
  departmentId?: string | null;
  unitId?: string | null;
  sourceFileId?: string | null;
  relatesToDocumentId?: string | null;
}

/**
 * Throws not_found unless the department, unit (of that department), source file and related document a new
 * document names are all of its region: the foreign keys alone would let a document of one region point into
 * another. Call it in the transaction that creates the document.
 */
export async function assertDocumentReferences(db: Db, options: DocumentReferences): Promise<void> {
  const { regionId } = options;
  if (options.departmentId) {
    const [row] = await db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.regionId, regionId), eq(departments.id, options.departmentId)));
    if (!row) throw notFound("department", options.departmentId);
  }
  if (options.unitId) {
    const where = [eq(units.regionId, regionId), eq(units.id, options.unitId)];
    if (options.departmentId) where.push(eq(units.departmentId, options.departmentId));
    const [row] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(...where));
    if (!row) throw notFound("unit", options.unitId);
  }
  if (options.sourceFileId) {
    const [row] = await db
      .select({ id: sourceFiles.id })
      .from(sourceFiles)
      .where(and(eq(sourceFiles.regionId, regionId), eq(sourceFiles.id, options.sourceFileId)));
    if (!row) throw notFound("source file", options.sourceFileId);
  }
  if (options.relatesToDocumentId) {
    const [row] = await db
      .select({ id: documents.id })
      .from(documents)
      .where(
        and(
          eq(documents.regionId, regionId),
          eq(documents.id, options.relatesToDocumentId),
          isNull(documents.deletedAt),
        ),
      );
    if (!row) throw notFound("document", options.relatesToDocumentId);
  }
}
