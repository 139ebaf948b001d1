import { isJixiaoError } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { listAudit } from "./audit.ts";
import { createRegion } from "./regions.ts";
import {
  countFailedLogins,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  recordLoginAttempt,
  touchSession,
} from "./sessions.ts";
import { countUsers, createUser, findUserForLogin, getUser, listRoles, listUsers, updateUser } from "./users.ts";

const database = useTestDatabase();
const db = () => database().db;
let regionId: string;
let otherId: string;
const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "r1", name: "甲区" })).id;
  otherId = (await createRegion(db(), { code: "r2", name: "乙区" })).id;
});

describe("users and roles", () => {
  it("has the five roles with their Chinese names", async () => {
    const roles = await listRoles(db());
    expect(roles.map((r) => [r.code, r.name])).toEqual([
      ["viewer", "只读"],
      ["unit_editor", "单位填报"],
      ["department_reviewer", "部门审核"],
      ["finance_reviewer", "财政审核"],
      ["admin", "系统管理员"],
    ]);
  });

  it("creates users without leaking the hash, finds them for login, refuses a taken name", async () => {
    const u = await createUser(db(), {
      regionId,
      username: "admin",
      displayName: "管理员",
      passwordHash: hash,
      role: "admin",
    });
    expect(u).not.toHaveProperty("passwordHash");
    const login = await findUserForLogin(db(), { username: "admin" });
    expect(login).toMatchObject({ id: u.id, regionId, passwordHash: hash });
    expect(await findUserForLogin(db(), { username: "nobody" })).toBeNull();
    const dup = await createUser(db(), {
      regionId: otherId,
      username: "admin",
      displayName: "x",
      passwordHash: hash,
      role: "viewer",
    }).catch((e: unknown) => e);
    expect(isJixiaoError(dup) && dup.code).toBe("conflict");
    expect(await getUser(db(), { regionId: otherId, id: u.id })).toBeNull();
    expect((await listUsers(db(), { regionId })).map((x) => x.username)).toEqual(["admin"]);
    expect(await countUsers(db(), { regionId })).toBe(1);
    expect(await countUsers(db(), { regionId: otherId })).toBe(0);
  });

  it("refuses an unknown role", async () => {
    const err = await createUser(db(), {
      regionId,
      username: "x1",
      displayName: "x",
      passwordHash: hash,
      role: "superuser" as never,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
  });

  it("updates optimistically and audits without the hash", async () => {
    const u = await createUser(db(), {
      regionId,
      username: "editor",
      displayName: "填报员",
      passwordHash: hash,
      role: "unit_editor",
    });
    const v2 = await updateUser(db(), {
      regionId,
      id: u.id,
      expectedVersion: 1,
      patch: { passwordHash: "$argon2id$new" },
    });
    expect(v2.version).toBe(2);
    expect((await findUserForLogin(db(), { username: "editor" }))?.passwordHash).toBe("$argon2id$new");
    const stale = await updateUser(db(), { regionId, id: u.id, expectedVersion: 1, patch: { disabled: true } }).catch(
      (e: unknown) => e,
    );
    expect(isJixiaoError(stale) && stale.code).toBe("conflict");
    const other = await updateUser(db(), { regionId: otherId, id: u.id, expectedVersion: 2, patch: {} }).catch(
      (e: unknown) => e,
    );
    expect(isJixiaoError(other) && other.code).toBe("not_found");
    const audit = await listAudit(db(), { regionId, entity: "user", entityId: u.id });
    expect(audit.map((a) => a.action)).toEqual(["set_password", "create"]);
    expect(JSON.stringify(audit)).not.toContain("argon2id");
  });
});

describe("sessions and login attempts", () => {
  it("finds a live session by token hash, slides, and deletes", async () => {
    const u = await createUser(db(), {
      regionId,
      username: "s1",
      displayName: "s",
      passwordHash: hash,
      role: "viewer",
    });
    const now = new Date("2030-01-01T00:00:00Z");
    const s = await createSession(db(), {
      regionId,
      userId: u.id,
      tokenHash: "h1",
      expiresAt: new Date("2030-01-01T01:00:00Z"),
    });
    expect((await findSession(db(), { tokenHash: "h1", now }))?.userId).toBe(u.id);
    expect(await findSession(db(), { tokenHash: "h1", now: new Date("2030-01-01T02:00:00Z") })).toBeNull();
    await touchSession(db(), { regionId, id: s.id, expiresAt: new Date("2030-01-01T03:00:00Z"), now });
    expect(await findSession(db(), { tokenHash: "h1", now: new Date("2030-01-01T02:00:00Z") })).not.toBeNull();
    await deleteSession(db(), { regionId: otherId, id: s.id });
    expect(await findSession(db(), { tokenHash: "h1", now })).not.toBeNull();
    await deleteSession(db(), { regionId, id: s.id });
    expect(await findSession(db(), { tokenHash: "h1", now })).toBeNull();
  });

  it("deletes all sessions of a user and the expired ones", async () => {
    const u = await createUser(db(), {
      regionId,
      username: "s2",
      displayName: "s",
      passwordHash: hash,
      role: "viewer",
    });
    const later = new Date(Date.now() + 3_600_000);
    await createSession(db(), { regionId, userId: u.id, tokenHash: "a", expiresAt: later });
    await createSession(db(), { regionId, userId: u.id, tokenHash: "b", expiresAt: later });
    await createSession(db(), { regionId, userId: u.id, tokenHash: "c", expiresAt: new Date(Date.now() - 1000) });
    expect(await deleteExpiredSessions(db(), { regionId })).toBe(1);
    expect(await deleteUserSessions(db(), { regionId, userId: u.id })).toBe(2);
  });

  it("counts recent failed logins by name and by IP", async () => {
    const since = new Date(Date.now() - 60_000);
    await recordLoginAttempt(db(), { regionId: null, username: "ghost", ip: "10.0.0.1", success: false });
    await recordLoginAttempt(db(), { regionId, username: "admin", ip: "10.0.0.1", success: false });
    await recordLoginAttempt(db(), { regionId, username: "admin", ip: "10.0.0.2", success: true });
    expect(await countFailedLogins(db(), { username: "admin", since })).toBe(1);
    expect(await countFailedLogins(db(), { ip: "10.0.0.1", since })).toBe(2);
    expect(await countFailedLogins(db(), { ip: "10.0.0.1", since: new Date(Date.now() + 60_000) })).toBe(0);
  });
});
