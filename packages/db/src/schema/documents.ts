import type { PerformanceDocument } from "@jixiao/core";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { departments, regions, units } from "./regions.ts";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
  fromDriver: (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength),
});

/** Imported source files (the .docx/.xlsx/.pdf/.txt people uploaded), kept so nothing is lost. */
export const sourceFiles = pgTable(
  "source_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    fileName: text().notNull(),
    mediaType: text(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("source_files_region_sha_idx").on(t.regionId, t.sha256)],
);

/**
 * One jixiao/v1 document (绩效文本, 目标表, 监控表, 自评表) and its workflow state. The content lives in
 * `document_versions` (full jsonb per version); `version` here is the current one and the optimistic-concurrency token.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    departmentId: uuid().references(() => departments.id),
    unitId: uuid().references(() => units.id),
    year: integer(),
    kind: text().notNull(),
    title: text(),
    /** Workflow state, see `WorkflowState` of @jixiao/core. */
    state: text().notNull().default("draft"),
    version: integer().notNull().default(1),
    amountUnit: text().notNull(),
    sourceFileId: uuid().references(() => sourceFiles.id),
    /** A monitoring report or self-evaluation points at the targets document it measures. */
    relatesToDocumentId: uuid().references((): AnyPgColumn => documents.id),
    createdBy: uuid().references(() => users.id),
    updatedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: a deleted document keeps its versions. */
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("documents_region_year_state_idx").on(t.regionId, t.year, t.state),
    index("documents_region_department_idx").on(t.regionId, t.departmentId, t.year),
  ],
);

/** Every saved version of a document, in full. Never updated, never deleted: restore writes a new version. */
export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    version: integer().notNull(),
    body: jsonb().$type<PerformanceDocument>().notNull(),
    /** create | save | restore | import */
    reason: text().notNull(),
    restoredFrom: integer(),
    userId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [uniqueIndex("document_versions_document_version_uq").on(t.documentId, t.version)],
);
