import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../database.ts";
import { departmentGoals, departmentTables, monitoringReports, selfEvaluations } from "../schema/index.ts";

export type DepartmentGoalRow = typeof departmentGoals.$inferSelect;
export type DepartmentTableRow = typeof departmentTables.$inferSelect;
export type MonitoringReportRow = typeof monitoringReports.$inferSelect;
export type SelfEvaluationRow = typeof selfEvaluations.$inferSelect;

export interface DocumentContentRows {
  departmentGoals: DepartmentGoalRow[];
  departmentTable: DepartmentTableRow | null;
  monitoring: MonitoringReportRow | null;
  /** The department-level row has `projectId` null; project rows follow in no particular order. */
  selfEvaluations: SelfEvaluationRow[];
}

/** The normalised non-project rows of a document's current version (department goals and table, monitoring, self-evaluation). */
export async function getDocumentContent(
  db: Db,
  options: { regionId: string; documentId: string },
): Promise<DocumentContentRows> {
  const [goals, tables, monitoring, evaluations] = await Promise.all([
    db
      .select()
      .from(departmentGoals)
      .where(and(eq(departmentGoals.regionId, options.regionId), eq(departmentGoals.documentId, options.documentId)))
      .orderBy(asc(departmentGoals.position)),
    db
      .select()
      .from(departmentTables)
      .where(and(eq(departmentTables.regionId, options.regionId), eq(departmentTables.documentId, options.documentId))),
    db
      .select()
      .from(monitoringReports)
      .where(
        and(eq(monitoringReports.regionId, options.regionId), eq(monitoringReports.documentId, options.documentId)),
      ),
    db
      .select()
      .from(selfEvaluations)
      .where(and(eq(selfEvaluations.regionId, options.regionId), eq(selfEvaluations.documentId, options.documentId)))
      .orderBy(asc(selfEvaluations.projectId)),
  ]);
  return {
    departmentGoals: goals,
    departmentTable: tables[0] ?? null,
    monitoring: monitoring[0] ?? null,
    selfEvaluations: evaluations,
  };
}
