import { getTableName } from "drizzle-orm";
import * as schema from "../schema/index.ts";

/**
 * Every table a backup holds, parents before children, so a restore can insert them in this order with all foreign
 * keys checked. `roles` is left out: it is reference data that the migrations insert.
 */
export const BACKUP_TABLES = [
  schema.regions,
  schema.departments,
  schema.units,
  schema.years,
  schema.users,
  schema.sessions,
  schema.loginAttempts,
  schema.sourceFiles,
  schema.documents,
  schema.documentVersions,
  schema.projects,
  schema.indicators,
  schema.departmentGoals,
  schema.departmentTables,
  schema.monitoringReports,
  schema.selfEvaluations,
  schema.reviewComments,
  schema.workflowEvents,
  schema.auditLog,
].map((t): string => getTableName(t));

export const NOT_BACKED_UP = ["roles"];

export const BACKUP_FORMAT = "jixiao-backup/v1";

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  migrationLevel: string;
  createdAt: string;
  tables: string[];
}
