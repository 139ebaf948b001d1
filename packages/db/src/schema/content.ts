import { index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { documents } from "./documents.ts";
import { departments, regions } from "./regions.ts";

/*
 * Normalised, queryable copies of the current document version. Rebuilt (delete + insert) in the same transaction
 * as every save, so they always agree with `documents.version`. Amounts are `numeric` without a fixed scale: they are
 * stored exactly as written in the document's unit (万元 amounts can carry 4–6 decimals), and `*_yuan` columns hold
 * the same amount converted to 元 exactly, so sums across documents with different units are right.
 */

/** 项目 of a document. */
export const projects = pgTable(
  "projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** Denormalised from the document, for the region overview. */
    departmentId: uuid().references(() => departments.id),
    year: integer(),
    position: integer().notNull(),
    code: text(),
    name: text().notNull(),
    unitCode: text(),
    unitName: text(),
    amountUnit: text().notNull(),
    budgetTotal: numeric(),
    budgetFiscal: numeric(),
    budgetOther: numeric(),
    budgetTotalYuan: numeric(),
    purpose: text(),
    planMar: numeric(),
    planJun: numeric(),
    planOct: numeric(),
    planDec: numeric(),
    goals: jsonb().$type<string[]>().notNull(),
    executionInitial: numeric(),
    executionAnnual: numeric(),
    executionExecuted: numeric(),
    executionWeight: numeric(),
    executionScore: numeric(),
    executionRate: numeric(),
    conclusion: text(),
  },
  (t) => [
    uniqueIndex("projects_document_position_uq").on(t.documentId, t.position),
    index("projects_region_department_idx").on(t.regionId, t.departmentId, t.year),
    index("projects_region_code_idx").on(t.regionId, t.code),
  ],
);

/**
 * 绩效指标 rows. `scope` says which table of the document the row comes from: project | evaluation |
 * department_annual | department_long_term. The parsed target value is spread over columns so it can be queried.
 */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    scope: text().notNull(),
    position: integer().notNull(),
    level1: text().notNull(),
    level2: text(),
    name: text().notNull(),
    description: text(),
    target: text(),
    targetKind: text(),
    targetOp: text(),
    targetValue: numeric(),
    targetUnit: text(),
    targetText: text(),
    measureUnit: text(),
    basis: text(),
    goalNo: integer(),
    actual: text(),
    forecast: text(),
    weight: numeric(),
    score: numeric(),
    deviation: text(),
    indicatorClass: text(),
  },
  (t) => [
    index("indicators_project_idx").on(t.projectId, t.position),
    index("indicators_document_idx").on(t.documentId, t.scope, t.position),
    index("indicators_region_name_idx").on(t.regionId, t.name),
  ],
);

/** 部门整体绩效目标, narrative form: one row per 分项绩效目标 (position 0 = 总体 summary when present). */
export const departmentGoals = pgTable(
  "department_goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text(),
    goal: text(),
    indicators: text(),
  },
  (t) => [index("department_goals_document_idx").on(t.documentId)],
);

/** 部门整体绩效目标表 (table form, seed 004): its header and money lines. */
export const departmentTables = pgTable(
  "department_tables",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    name: text(),
    preparer: text(),
    phone: text(),
    incomeTotal: numeric(),
    expenseTotal: numeric(),
    longTermDeadline: integer(),
    longTermGoal: text(),
    annualGoal: text(),
    functions: jsonb().$type<string[]>().notNull(),
    tasks: jsonb().$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex("department_tables_document_uq").on(t.documentId)],
);

/** 绩效运行监控表: the month it runs to and its money totals (in 元). */
export const monitoringReports = pgTable(
  "monitoring_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    month: integer(),
    annualYuan: numeric(),
    executedYuan: numeric(),
    projectCount: integer().notNull(),
  },
  (t) => [uniqueIndex("monitoring_reports_document_uq").on(t.documentId)],
);

/** 绩效自评: department level (from `evaluation`) or one row per project with an execution block. */
export const selfEvaluations = pgTable(
  "self_evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    projectId: uuid().references(() => projects.id, { onDelete: "cascade" }),
    executionAnnual: numeric(),
    executionExecuted: numeric(),
    executionRate: numeric(),
    totalWeight: numeric(),
    totalScore: numeric(),
    grade: text(),
    conclusion: text(),
  },
  (t) => [index("self_evaluations_document_idx").on(t.documentId)],
);
