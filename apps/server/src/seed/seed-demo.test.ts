import { type Database, listDocuments, listRegions, listUsers, openTestDatabase } from "@jixiao/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password.ts";
import { DEMO_ACCOUNTS, seedDemo } from "./seed-demo.ts";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
}, 180_000);
afterAll(() => database?.close());

describe("first start", () => {
  it("fills an empty database: demo region, the five seed documents, one account per role; then never again", async () => {
    const report = await seedDemo({ database });
    expect(report).not.toBeNull();
    expect(report?.warnings).toEqual([]);
    expect(report?.documents).toHaveLength(5);
    expect(report?.accounts.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    const [region] = await listRegions(database.db);
    expect(region?.name).toBe("演示地区");
    const regionId = region?.id ?? "";
    const docs = await listDocuments(database.db, { regionId });
    expect(docs.total).toBe(5);
    const users = await listUsers(database.db, { regionId });
    expect(users.map((u) => u.role).sort()).toEqual([
      "admin",
      "department_reviewer",
      "finance_reviewer",
      "unit_editor",
      "viewer",
    ]);
    const editor = users.find((u) => u.role === "unit_editor");
    expect(editor?.departmentId).not.toBeNull();
    expect(editor?.unitId).not.toBeNull();
    expect(await seedDemo({ database })).toBeNull();
  }, 120_000);

  it("the printed passwords are the stored ones (argon2id)", async () => {
    const { findUserForLogin } = await import("@jixiao/db");
    for (const a of DEMO_ACCOUNTS) {
      const user = await findUserForLogin(database.db, { username: a.username });
      expect(user?.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? "", a.password)).toBe(true);
    }
  });
});
