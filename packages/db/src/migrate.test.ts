import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { latestMigration, loadMigrations, migrate } from "./migrate.ts";
import { queryRows } from "./query-rows.ts";
import { useTestDatabase } from "./test-database.ts";

const database = useTestDatabase();
const db = () => database().db;

async function applied(): Promise<string[]> {
  return (await queryRows<{ name: string }>(db(), sql`select name from jixiao_migrations order by name`)).map(
    (r) => r.name,
  );
}

describe("migrations", () => {
  it("are timestamped SQL files applied in order and recorded", async () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    for (const m of migrations) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(await applied()).toEqual(migrations.map((m) => m.name));
    expect(database().migrationLevel).toBe(latestMigration());
    // Running again changes nothing.
    expect(await migrate(db())).toBe(latestMigration());
    expect(await applied()).toEqual(migrations.map((m) => m.name));
  });

  it("apply all pending migrations in one transaction: a failing one leaves no trace of any", async () => {
    const bad = [
      ...loadMigrations(),
      { name: "29990101000000_good", hash: "g", statements: ["create table jixiao_probe_a (x int)"] },
      { name: "29990101000001_bad", hash: "b", statements: ["create table jixiao_probe_b (x int)", "select nope"] },
    ];
    await expect(migrate(db(), { migrations: bad })).rejects.toThrow();
    const [probe] = await queryRows<{ a: string | null; b: string | null }>(
      db(),
      sql`select to_regclass('jixiao_probe_a')::text as a, to_regclass('jixiao_probe_b')::text as b`,
    );
    expect(probe).toEqual({ a: null, b: null });
    expect(await applied()).toEqual(loadMigrations().map((m) => m.name));
  });

  it("refuses to start when a migration is pending and applying is off", async () => {
    const more = [...loadMigrations(), { name: "29990101000000_next", hash: "n", statements: ["select 1"] }];
    await expect(migrate(db(), { migrations: more, apply: false })).rejects.toMatchObject({ code: "config" });
  });

  it("refuses a database that is newer than the program or whose migration changed", async () => {
    const known = loadMigrations();
    await expect(migrate(db(), { migrations: known.slice(0, -1) })).rejects.toMatchObject({ code: "config" });
    const edited = known.map((m, i) => (i === 0 ? { ...m, hash: "edited" } : m));
    await expect(migrate(db(), { migrations: edited })).rejects.toMatchObject({ code: "config" });
  });

  it("refuses a half-migrated database: tables without migration records", async () => {
    await db().execute(sql`alter table jixiao_migrations rename to jixiao_migrations_hidden`);
    try {
      const err = await migrate(db()).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "config" });
      expect((err as { userMessage: string }).userMessage).toContain("拒绝启动");
    } finally {
      await db().execute(sql`alter table jixiao_migrations_hidden rename to jixiao_migrations`);
    }
  });
});
