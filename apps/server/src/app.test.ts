import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, TEST_PASSWORD, type TestWorld } from "./test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

describe("app basics", () => {
  it("GET / says in Chinese what is there and links /api/docs", async () => {
    const res = await w.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain('href="/api/docs"');
    expect(res.body).toContain("接口文档");
  });

  it("serves the OpenAPI document with every API route and the UI", async () => {
    const json = await w.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(json.statusCode).toBe(200);
    const spec = json.json() as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe("3.1.0");
    for (const p of [
      "/api/auth/login",
      "/api/documents/{id}",
      "/api/documents/{id}/transitions",
      "/api/imports/preview",
      "/api/audit",
    ]) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    const ui = await w.app.inject({ method: "GET", url: "/api/docs/" });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it("health answers without a session", async () => {
    const res = await w.app.inject({ method: "GET", url: "/api/health" });
    expect(res.json()).toMatchObject({ ok: true });
  });
});

describe("login, session, CSRF, logout", () => {
  it("logs in with the right password, sets HttpOnly SameSite cookies, and /me answers", async () => {
    const user = w.users.viewer[0];
    const res = await w.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
    const session = setCookie.find((c) => c.startsWith("jixiao_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const token = /jixiao_session=([^;]+)/.exec(session ?? "")?.[1];
    const me = await w.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: `jixiao_session=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: user.username, role: "viewer", roleLabel: "只读" });
  });

  it("a wrong password is 401 in Chinese; unknown users get the same answer", async () => {
    const a = await w.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: w.users.admin[1].username, password: "nope" },
    });
    const b = await w.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "nobody", password: "nope" },
    });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe("用户名或密码错误");
    expect(b.json()).toEqual(a.json());
  });

  it("locks an account after repeated failures, even for the right password", async () => {
    const username = w.users.viewer[1].username;
    for (let i = 0; i < 5; i++) {
      const r = await w.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: `wrong${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await w.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toContain("锁定");
  });

  it("without a session the API answers 401", async () => {
    const res = await w.app.inject({ method: "GET", url: "/api/documents" });
    expect(res.statusCode).toBe(401);
  });

  it("a state-changing request without the CSRF header is refused", async () => {
    const admin = w.users.admin[0];
    const res = await w.app.inject({
      method: "POST",
      url: "/api/departments",
      headers: { cookie: `jixiao_session=${admin.token}` },
      payload: { name: "没有令牌的部门" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain("CSRF");
    const ok = await w.as(admin, { method: "POST", url: "/api/departments", payload: { name: "有令牌的部门" } });
    expect(ok.statusCode).toBe(201);
  });

  it("logout ends the session", async () => {
    const user = w.users.unit_editor[1];
    const out = await w.as(user, { method: "POST", url: "/api/auth/logout" });
    expect(out.statusCode).toBe(200);
    const after = await w.as(user, { method: "GET", url: "/api/auth/me" });
    expect(after.statusCode).toBe(401);
  });
});
