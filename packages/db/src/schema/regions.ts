import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** 地区 / 财政局: the tenant. Every other row carries `region_id` so data can be distributed by region. */
export const regions = pgTable(
  "regions",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("regions_code_uq").on(t.code)],
);

/** 部门 / 主管部门. */
export const departments = pgTable(
  "departments",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    code: text(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("departments_region_name_uq").on(t.regionId, t.name),
    uniqueIndex("departments_region_code_uq").on(t.regionId, t.code).where(sql`${t.code} is not null`),
  ],
);

/** 预算单位: a department has one or more. */
export const units = pgTable(
  "units",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    code: text(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("units_region_department_name_uq").on(t.regionId, t.departmentId, t.name),
    index("units_department_idx").on(t.departmentId),
  ],
);

/** 预算年度 of a region: whether it is open for compiling, and the rule pack in force. */
export const years = pgTable(
  "years",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    year: integer().notNull(),
    /** open | closed */
    status: text().notNull().default("open"),
    rulePack: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("years_region_year_uq").on(t.regionId, t.year)],
);
