import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { testConfig } from "../config.ts";
import {
  createTestWorld,
  sampleDocument,
  TEST_PASSWORD,
  TEST_SECRET,
  type TestUser,
  type TestWorld,
} from "../test-support.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "./authenticate.ts";
import type { Principal } from "./principal.ts";
import { SessionCache } from "./session-cache.ts";

const principal = (userId: string, sessionId: string): Principal => ({
  userId,
  username: userId,
  displayName: userId,
  regionId: "r",
  role: "viewer",
  departmentId: null,
  unitId: null,
  sessionId,
  mustChangePassword: false,
});

describe("SessionCache", () => {
  it("keeps a principal for its TTL and never past the session's own expiry", () => {
    const cache = new SessionCache({ ttlMs: 2000 });
    cache.set("h1", principal("u1", "s1"), 0, 10_000);
    expect(cache.get("h1", 1999)?.userId).toBe("u1");
    expect(cache.get("h1", 2000)).toBeNull();
    cache.set("h2", principal("u2", "s2"), 0, 500);
    expect(cache.get("h2", 499)?.userId).toBe("u2");
    expect(cache.get("h2", 500)).toBeNull();
  });

  it("forgets a session or every session of a user at once", () => {
    const cache = new SessionCache({ ttlMs: 60_000 });
    cache.set("a", principal("u1", "s1"), 0, 1e12);
    cache.set("b", principal("u1", "s2"), 0, 1e12);
    cache.set("c", principal("u2", "s3"), 0, 1e12);
    cache.forgetSession("s1");
    expect(cache.get("a", 1)).toBeNull();
    expect(cache.get("b", 1)?.sessionId).toBe("s2");
    cache.forgetUser("u1");
    expect(cache.get("b", 1)).toBeNull();
    expect(cache.get("c", 1)?.sessionId).toBe("s3");
  });

  it("a TTL of 0 turns it off; it never grows past its bound", () => {
    const off = new SessionCache({ ttlMs: 0 });
    off.set("a", principal("u1", "s1"), 0, 1e12);
    expect(off.get("a", 0)).toBeNull();
    const small = new SessionCache({ ttlMs: 60_000, max: 2 });
    for (const k of ["a", "b", "c"]) small.set(k, principal(k, k), 0, 1e12);
    expect(small.get("c", 1)?.userId).toBe("c");
    expect(small.get("a", 1)).toBeNull();
  });
});

/**
 * The app with a cache TTL of a minute: if an eviction were missing, the stale session would still work here, so a
 * 401 right after logout / role change / password change proves the eviction, not the TTL.
 */
describe("cached sessions end at once in this process", () => {
  let w: TestWorld;
  let app: FastifyInstance;
  beforeAll(async () => {
    w = await createTestWorld();
    app = await buildApp({ config: testConfig(), database: w.database, secret: TEST_SECRET, sessionCacheMs: 60_000 });
    await app.ready();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await w?.close();
  });

  const as = (user: TestUser, options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), cookie: `${SESSION_COOKIE}=${user.token}`, [CSRF_HEADER]: user.csrf },
    });
  const me = (user: TestUser) => as(user, { method: "GET", url: "/api/auth/me" });

  it("a project read on a cached session still checks role and department on every request", async () => {
    const created = await as(w.users.admin[0], {
      method: "POST",
      url: "/api/documents",
      payload: { departmentId: w.departments[0].id, document: sampleDocument() },
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/documents/${created.json().record.id}/projects/0`;
    for (let i = 0; i < 2; i++) {
      expect((await as(w.users.viewer[0], { method: "GET", url })).statusCode).toBe(200);
      expect((await as(w.users.viewer[1], { method: "GET", url })).statusCode).toBe(403);
    }
  });

  it("logout: the old token gets 401 on the next request", async () => {
    const user = w.users.viewer[1];
    expect((await me(user)).statusCode).toBe(200);
    expect((await as(user, { method: "POST", url: "/api/auth/logout" })).statusCode).toBe(200);
    expect((await me(user)).statusCode).toBe(401);
  });

  /** An admin changes `target` (seen signed in first) and the change must be accepted. */
  async function adminPatches(target: TestUser, patch: Record<string, unknown>): Promise<void> {
    expect((await me(target)).statusCode).toBe(200);
    const admin = w.users.admin[0];
    const list = (await as(admin, { method: "GET", url: "/api/users" })).json().items;
    const current = list.find((u: { id: string }) => u.id === target.id);
    const changed = await as(admin, {
      method: "PATCH",
      url: `/api/users/${target.id}`,
      payload: { version: current.version, ...patch },
    });
    expect(changed.statusCode, changed.body).toBe(200);
  }

  it("role change by an admin ends the user's cached sessions", async () => {
    const target = w.users.department_reviewer[1];
    await adminPatches(target, { role: "viewer" });
    expect((await me(target)).statusCode).toBe(401);
  });

  it("disabling a user ends their cached sessions", async () => {
    const target = w.users.unit_editor[1];
    await adminPatches(target, { disabled: true });
    expect((await me(target)).statusCode).toBe(401);
  });

  it("password change ends the user's cached sessions", async () => {
    const user = w.users.finance_reviewer[1];
    expect((await me(user)).statusCode).toBe(200);
    const changed = await as(user, {
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: TEST_PASSWORD, newPassword: "Another-pass-2025" },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await me(user)).statusCode).toBe(401);
  });
});
