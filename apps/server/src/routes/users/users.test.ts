import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, TEST_PASSWORD, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

const admin = () => w.users.admin[0];

describe("users and roles (admin)", () => {
  it("creates an account bound to a department; it must change its password; weak passwords and misfit scopes are refused", async () => {
    const ok = await w.as(admin(), {
      method: "POST",
      url: "/api/users",
      payload: {
        username: "zhang.san",
        displayName: "张三",
        password: "Zhang-san-2024",
        role: "department_reviewer",
        departmentId: w.departments[1].id,
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      roleLabel: "部门审核",
      departmentId: w.departments[1].id,
      mustChangePassword: true,
      version: 1,
    });
    expect(ok.body).not.toContain("argon2");
    const weak = await w.as(admin(), {
      method: "POST",
      url: "/api/users",
      payload: { username: "li.si", displayName: "李四", password: "short", role: "viewer" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain("密码至少");
    const noDept = await w.as(admin(), {
      method: "POST",
      url: "/api/users",
      payload: { username: "wang.wu", displayName: "王五", password: "Wang-wu-2024x", role: "unit_editor" },
    });
    expect(noDept.statusCode).toBe(400);
    expect(noDept.json().error.message).toContain("必须指定部门");
    const dup = await w.as(admin(), {
      method: "POST",
      url: "/api/users",
      payload: { username: "zhang.san", displayName: "张三2", password: "Zhang-san-2024", role: "viewer" },
    });
    expect(dup.statusCode).toBe(409);
  });

  it("changing a role ends the user's sessions; a stale version gets 409", async () => {
    const target = w.users.viewer[0];
    const list = (await w.as(admin(), { method: "GET", url: "/api/users" })).json().items;
    const current = list.find((u: { id: string }) => u.id === target.id);
    expect((await w.as(target, { method: "GET", url: "/api/auth/me" })).statusCode).toBe(200);
    const changed = await w.as(admin(), {
      method: "PATCH",
      url: `/api/users/${target.id}`,
      payload: { version: current.version, role: "department_reviewer" },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().role).toBe("department_reviewer");
    expect((await w.as(target, { method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const stale = await w.as(admin(), {
      method: "PATCH",
      url: `/api/users/${target.id}`,
      payload: { version: current.version, disabled: true },
    });
    expect(stale.statusCode).toBe(409);
    const audit = (await w.as(admin(), { method: "GET", url: `/api/audit?entity=user&entityId=${target.id}` })).json()
      .items;
    expect(audit.some((e: { action: string }) => e.action === "update")).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("argon2");
  });

  it("an admin cannot lock themselves out", async () => {
    const me = (await w.as(admin(), { method: "GET", url: "/api/users" }))
      .json()
      .items.find((u: { id: string }) => u.id === admin().id);
    const res = await w.as(admin(), {
      method: "PATCH",
      url: `/api/users/${admin().id}`,
      payload: { version: me.version, disabled: true },
    });
    expect(res.statusCode).toBe(400);
  });

  it("a user changes their own password (current one required) and logs in with the new one", async () => {
    const user = w.users.unit_editor[1];
    const wrong = await w.as(user, {
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: "nope", newPassword: "Brand-new-2024" },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await w.as(user, {
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: TEST_PASSWORD, newPassword: "Brand-new-2024" },
    });
    expect(ok.statusCode).toBe(200);
    expect((await w.as(user, { method: "GET", url: "/api/auth/me" })).statusCode).toBe(401);
    const login = await w.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: user.username, password: "Brand-new-2024" },
    });
    expect(login.statusCode).toBe(200);
  });

  it("the region lists its departments and units for everyone signed in", async () => {
    const res = await w.as(w.users.viewer[1], { method: "GET", url: "/api/region" });
    expect(res.statusCode).toBe(200);
    expect(res.json().departments.map((d: { name: string }) => d.name)).toEqual(
      expect.arrayContaining(["测试科学技术局", "测试教育局"]),
    );
    expect(res.json().units).toHaveLength(2);
  });
});
