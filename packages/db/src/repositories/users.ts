import type { Role as RoleCode } from "@jixiao/core";
import { JixiaoError } from "@jixiao/core";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { roles, users } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";
import { assertOrganisationInRegion } from "./document-references.ts";
import { notFound } from "./regions.ts";

export type UserRecord = typeof users.$inferSelect;
export type Role = typeof roles.$inferSelect;
/** A user without the password hash: what may leave the server. */
export type PublicUser = Omit<UserRecord, "passwordHash">;

export interface CreateUserOptions {
  regionId: string;
  username: string;
  displayName: string;
  /** argon2id encoded hash, made by the caller. */
  passwordHash: string;
  role: RoleCode;
  departmentId?: string | null;
  unitId?: string | null;
  mustChangePassword?: boolean;
  actorId?: string | null;
}

export async function createUser(db: Db, options: CreateUserOptions): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    await assertOrganisationInRegion(tx, options);
    const [row] = await tx
      .insert(users)
      .values({
        regionId: options.regionId,
        username: options.username,
        displayName: options.displayName,
        passwordHash: options.passwordHash,
        role: options.role,
        departmentId: options.departmentId ?? null,
        unitId: options.unitId ?? null,
        mustChangePassword: options.mustChangePassword ?? false,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw new JixiaoError("conflict", `user name ${options.username} is taken`, {
        userMessage: `用户名 ${options.username} 已存在。`,
        details: { username: options.username },
      });
    }
    const user = strip(row);
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.actorId,
      entity: "user",
      entityId: row.id,
      action: "create",
      before: null,
      after: user,
    });
    return user;
  });
}

export async function getUser(db: Db, options: { regionId: string; id: string }): Promise<PublicUser | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.regionId, options.regionId), eq(users.id, options.id)));
  return row ? strip(row) : null;
}

/**
 * The one unscoped user lookup: at login the region is not known yet, it is what the user record says.
 * User names are unique over all regions. Returns the hash so the caller can verify the password.
 */
export async function findUserForLogin(db: Db, options: { username: string }): Promise<UserRecord | null> {
  const [row] = await db.select().from(users).where(eq(users.username, options.username));
  return row ?? null;
}

export async function listUsers(db: Db, options: { regionId: string; departmentId?: string }): Promise<PublicUser[]> {
  const where = [eq(users.regionId, options.regionId)];
  if (options.departmentId) where.push(eq(users.departmentId, options.departmentId));
  const rows = await db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.username));
  return rows.map(strip);
}

export async function countUsers(db: Db, options: { regionId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.regionId, options.regionId));
  return row?.n ?? 0;
}

export interface UpdateUserOptions {
  regionId: string;
  id: string;
  expectedVersion: number;
  patch: Partial<{
    displayName: string;
    role: RoleCode;
    departmentId: string | null;
    unitId: string | null;
    disabled: boolean;
    passwordHash: string;
    mustChangePassword: boolean;
  }>;
  actorId?: string | null;
}

/** Optimistic like documents: fails with "conflict" when the user changed since `expectedVersion`. */
export async function updateUser(db: Db, options: UpdateUserOptions): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.regionId, options.regionId), eq(users.id, options.id)))
      .for("update");
    if (!before) throw notFound("user", options.id);
    const { departmentId, unitId } = options.patch;
    if (departmentId !== undefined || unitId !== undefined) {
      await assertOrganisationInRegion(tx, {
        regionId: options.regionId,
        departmentId: departmentId === undefined ? before.departmentId : departmentId,
        unitId: unitId === undefined ? before.unitId : unitId,
      });
    }
    if (before.version !== options.expectedVersion) {
      throw new JixiaoError("conflict", `user ${options.id} is at version ${before.version}`, {
        userMessage: "该用户已被他人修改，请刷新后重试。",
        details: { currentVersion: before.version, user: strip(before) },
      });
    }
    const [row] = await tx
      .update(users)
      .set({ ...options.patch, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(users.id, options.id), eq(users.version, options.expectedVersion)))
      .returning();
    if (!row) throw new Error("update returned nothing");
    const after = strip(row);
    // The hash never goes into the audit log; that it changed is enough.
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.actorId,
      entity: "user",
      entityId: row.id,
      action: options.patch.passwordHash ? "set_password" : "update",
      before: strip(before),
      after,
    });
    return after;
  });
}

export async function listRoles(db: Db): Promise<Role[]> {
  return db.select().from(roles).orderBy(asc(roles.rank));
}

function strip(row: UserRecord): PublicUser {
  const { passwordHash: _, ...rest } = row;
  return rest;
}
