import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents, indicators, projects } from "../schema/index.ts";

export type ProjectRow = typeof projects.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

/**
 * The two reads of `getProject`, prepared once per database handle: Drizzle then skips building the SQL, and on
 * PostgreSQL each connection parses the named statements once.
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepareProjectReads>>();

function prepareProjectReads(db: Db) {
  const regionId = sql.placeholder("regionId");
  const id = sql.placeholder("id");
  return {
    project: db
      .select()
      .from(projects)
      .where(and(eq(projects.regionId, regionId), eq(projects.id, id)))
      .prepare("jixiao_get_project"),
    indicators: db
      .select()
      .from(indicators)
      .where(and(eq(indicators.regionId, regionId), eq(indicators.projectId, id)))
      .orderBy(asc(indicators.position))
      .prepare("jixiao_get_project_indicators"),
  };
}

/** One project with its indicator rows in document order (null when missing or of another region). */
export async function getProject(
  db: Db,
  options: { regionId: string; id: string },
): Promise<{ project: ProjectRow; indicators: IndicatorRow[] } | null> {
  let reads = prepared.get(db);
  if (!reads) {
    reads = prepareProjectReads(db);
    prepared.set(db, reads);
  }
  const [project] = await reads.project.execute(options);
  if (!project) return null;
  return { project, indicators: await reads.indicators.execute(options) };
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
