import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments, regions, units } from "./regions.ts";

/**
 * The five roles (系统管理员, 财政审核, 部门审核, 单位填报, 只读). Reference data shared by all regions,
 * inserted by the migration; `users.role` points here.
 */
export const roles = pgTable("roles", {
  code: text().primaryKey(),
  name: text().notNull(),
  rank: integer().notNull(),
});

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    /** Unique over all regions, so that a login form needs no region picker. */
    username: text().notNull(),
    displayName: text().notNull(),
    /** argon2id encoded hash ($argon2id$v=19$…); hashing is the server's job. */
    passwordHash: text().notNull(),
    role: text()
      .notNull()
      .references(() => roles.code),
    /** Scope of a 部门审核 / 单位填报 user. */
    departmentId: uuid().references(() => departments.id),
    unitId: uuid().references(() => units.id),
    disabled: boolean().notNull().default(false),
    mustChangePassword: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_username_uq").on(t.username), index("users_region_idx").on(t.regionId)],
);

/** Server-side sessions: the cookie holds a random token, the database only its SHA-256 (`tokenHash`). */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [uniqueIndex("sessions_token_uq").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

/**
 * Login attempts for rate limiting. `regionId` is null when the user name is unknown: an attempt on a name
 * that does not exist belongs to no region yet.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    regionId: uuid().references(() => regions.id),
    username: text().notNull(),
    ip: text(),
    success: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_username_idx").on(t.username, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);
