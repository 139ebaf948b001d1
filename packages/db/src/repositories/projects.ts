import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents, indicators, projects } from "../schema/index.ts";

export type ProjectRow = typeof projects.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

/** One project with its indicator rows in document order (null when missing or of another region). */
export async function getProject(
  db: Db,
  options: { regionId: string; id: string },
): Promise<{ project: ProjectRow; indicators: IndicatorRow[] } | null> {
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.regionId, options.regionId), eq(projects.id, options.id)));
  if (!project) return null;
  const rows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.regionId, options.regionId), eq(indicators.projectId, options.id)))
    .orderBy(asc(indicators.position));
  return { project, indicators: rows };
}

/** The projects of one document, in document order. */
export async function listProjects(db: Db, options: { regionId: string; documentId: string }): Promise<ProjectRow[]> {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.regionId, options.regionId), eq(projects.documentId, options.documentId)))
    .orderBy(asc(projects.position));
}

/** Indicator rows of a document that sit outside projects (evaluation, department tables), or all with `scope`. */
export async function listDocumentIndicators(
  db: Db,
  options: { regionId: string; documentId: string; scope?: string },
): Promise<IndicatorRow[]> {
  const where = [eq(indicators.regionId, options.regionId), eq(indicators.documentId, options.documentId)];
  if (options.scope) where.push(eq(indicators.scope, options.scope));
  return db
    .select()
    .from(indicators)
    .where(and(...where))
    .orderBy(asc(indicators.scope), asc(indicators.projectId), asc(indicators.position));
}

export interface DepartmentProject {
  id: string;
  documentId: string;
  documentState: string;
  position: number;
  code: string | null;
  name: string;
  unitName: string | null;
  amountUnit: string;
  budgetTotal: string | null;
  budgetTotalYuan: string | null;
  indicatorCount: number;
}

/** A department page: its projects of a year (live documents only), with the state of their document. */
export async function listDepartmentProjects(
  db: Db,
  options: { regionId: string; departmentId: string; year: number; limit?: number; offset?: number },
): Promise<DepartmentProject[]> {
  return db
    .select({
      id: projects.id,
      documentId: projects.documentId,
      documentState: documents.state,
      position: projects.position,
      code: projects.code,
      name: projects.name,
      unitName: projects.unitName,
      amountUnit: projects.amountUnit,
      budgetTotal: projects.budgetTotal,
      budgetTotalYuan: projects.budgetTotalYuan,
      indicatorCount: sql<number>`(select count(*)::int from ${indicators} where ${indicators.projectId} = ${projects.id})`,
    })
    .from(projects)
    .innerJoin(documents, eq(documents.id, projects.documentId))
    .where(
      and(
        eq(projects.regionId, options.regionId),
        eq(projects.departmentId, options.departmentId),
        eq(projects.year, options.year),
        isNull(documents.deletedAt),
      ),
    )
    .orderBy(asc(projects.documentId), asc(projects.position))
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0);
}
