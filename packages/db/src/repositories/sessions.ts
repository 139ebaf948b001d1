import { and, eq, gt, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { loginAttempts, sessions } from "../schema/index.ts";

export type SessionRecord = typeof sessions.$inferSelect;

export interface CreateSessionOptions {
  regionId: string;
  userId: string;
  /** SHA-256 of the cookie token; the token itself is never stored. */
  tokenHash: string;
  expiresAt: Date;
  ip?: string | null;
  userAgent?: string | null;
}

export async function createSession(db: Db, options: CreateSessionOptions): Promise<SessionRecord> {
  const [row] = await db
    .insert(sessions)
    .values({
      regionId: options.regionId,
      userId: options.userId,
      tokenHash: options.tokenHash,
      expiresAt: options.expiresAt,
      ip: options.ip ?? null,
      userAgent: options.userAgent ?? null,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/**
 * The unexpired session of a token hash. Unscoped like `findUserForLogin`: a request learns its region from its
 * session.
 */
export async function findSession(db: Db, options: { tokenHash: string; now?: Date }): Promise<SessionRecord | null> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, options.tokenHash), gt(sessions.expiresAt, options.now ?? new Date())));
  return row ?? null;
}

/** Sliding expiry: records activity and pushes the expiry out. */
export async function touchSession(
  db: Db,
  options: { regionId: string; id: string; expiresAt: Date; now?: Date },
): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: options.now ?? new Date(), expiresAt: options.expiresAt })
    .where(and(eq(sessions.regionId, options.regionId), eq(sessions.id, options.id)));
}

export async function deleteSession(db: Db, options: { regionId: string; id: string }): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.regionId, options.regionId), eq(sessions.id, options.id)));
}

/** Logs a user out everywhere (password change, account disabled). */
export async function deleteUserSessions(db: Db, options: { regionId: string; userId: string }): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.regionId, options.regionId), eq(sessions.userId, options.userId)))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function deleteExpiredSessions(db: Db, options: { regionId: string; now?: Date }): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.regionId, options.regionId), lt(sessions.expiresAt, options.now ?? new Date())))
    .returning({ id: sessions.id });
  return rows.length;
}

export interface RecordLoginAttemptOptions {
  /** Null when the user name is unknown. */
  regionId: string | null;
  username: string;
  ip?: string | null;
  success: boolean;
}

export async function recordLoginAttempt(db: Db, options: RecordLoginAttemptOptions): Promise<void> {
  await db.insert(loginAttempts).values({
    regionId: options.regionId,
    username: options.username,
    ip: options.ip ?? null,
    success: options.success,
  });
}

/**
 * Failed attempts since `since` for a user name and/or an IP, for rate limiting. Unscoped on purpose: attacks on
 * unknown names belong to no region.
 */
export async function countFailedLogins(
  db: Db,
  options: { username?: string; ip?: string; since: Date },
): Promise<number> {
  const where = [eq(loginAttempts.success, false), gte(loginAttempts.createdAt, options.since)];
  if (options.username !== undefined) where.push(eq(loginAttempts.username, options.username));
  if (options.ip !== undefined) where.push(eq(loginAttempts.ip, options.ip));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(...where));
  return row?.n ?? 0;
}
