import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../database.ts";
import { departments, documents, sourceFiles, units } from "../schema/index.ts";
import { notFound } from "./regions.ts";

export interface OrganisationReferences {
  regionId: string;
  departmentId?: string | null;
  /** Must belong to `departmentId` when both are given. */
  unitId?: string | null;
}

export interface DocumentReferences extends OrganisationReferences {
  sourceFileId?: string | null;
  relatesToDocumentId?: string | null;
}

/**
 * Throws not_found unless the department and unit (of that department) are of the region: the foreign keys alone
 * would let a row of one region point into another.
 */
export async function assertOrganisationInRegion(db: Db, options: OrganisationReferences): Promise<void> {
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
}

/**
 * Throws not_found unless the department, unit, source file and related document a new document names are all of
 * its region. Call it in the transaction that creates the document.
 */
export async function assertDocumentReferences(db: Db, options: DocumentReferences): Promise<void> {
  const { regionId } = options;
  await assertOrganisationInRegion(db, options);
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
