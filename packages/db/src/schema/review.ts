import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { documents } from "./documents.ts";
import { regions } from "./regions.ts";

/**
 * 审核意见, per document or per indicator row. Indicator rows are rebuilt on every save, so a comment points at a
 * row by its place in the document (`path`, e.g. `projects[2].indicators[0]`) and the version it was written on.
 */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    documentVersion: integer().notNull(),
    path: text(),
    body: text().notNull(),
    authorId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id),
  },
  (t) => [index("review_comments_document_idx").on(t.documentId, t.createdAt)],
);

/** One workflow transition: who, when, from, to, with which comment. */
export const workflowEvents = pgTable(
  "workflow_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    action: text().notNull(),
    fromState: text().notNull(),
    toState: text().notNull(),
    documentVersion: integer().notNull(),
    userId: uuid().references(() => users.id),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index("workflow_events_document_idx").on(t.documentId, t.createdAt)],
);

/** Every change, with the row before and after, written in the same transaction as the change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    userId: uuid().references(() => users.id),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index("audit_log_region_time_idx").on(t.regionId, t.createdAt),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);
