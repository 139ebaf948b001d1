import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { createDocument, saveDocument } from "../repositories/documents.ts";
import { importDocument } from "../repositories/import-document.ts";
import { createRegion } from "../repositories/regions.ts";
import { addReviewComment } from "../repositories/review-comments.ts";
import { createSession } from "../repositories/sessions.ts";
import { createUser } from "../repositories/users.ts";
import { transitionDocument } from "../repositories/workflow.ts";
import * as schema from "../schema/index.ts";
import { useTestDatabase } from "../test-database.ts";
import { openTestDatabase, sampleDocument } from "../testing.ts";
import { backupDatabase } from "./backup-database.ts";
import { restoreDatabase } from "./restore-database.ts";
import { BACKUP_TABLES, NOT_BACKED_UP } from "./tables.ts";

const source = useTestDatabase();
let target: Database | undefined;
const dir = mkdtempSync(join(tmpdir(), "jixiao-backup-"));

beforeAll(async () => {
  const db = source().db;
  const region = await createRegion(db, { code: "b1", name: "备份区" });
  const user = await createUser(db, {
    regionId: region.id,
    username: "backup-admin",
    displayName: "管理员",
    passwordHash: "$argon2id$v=19$x",
    role: "admin",
  });
  await createSession(db, {
    regionId: region.id,
    userId: user.id,
    tokenHash: "t",
    expiresAt: new Date("2031-02-03T04:05:06.789Z"),
  });
  const imported = await importDocument(db, {
    regionId: region.id,
    document: sampleDocument({ projects: 3 }),
    file: { fileName: "源文件.docx", bytes: new Uint8Array([0, 1, 2, 250, 255]) },
    userId: user.id,
  });
  await saveDocument(db, {
    regionId: region.id,
    id: imported.record.id,
    expectedVersion: 1,
    document: { ...sampleDocument({ projects: 3 }), title: '第二版 "引号" \\ 反斜杠\n换行' },
  });
  const monitoring = await createDocument(db, {
    regionId: region.id,
    document: { ...sampleDocument({ projects: 1 }), kind: "monitoring", monitoring: { month: 6 } },
    relatesToDocumentId: imported.record.id,
  });
  // A budget with more digits than a float keeps.
  const precise = sampleDocument({ projects: 1 });
  await createDocument(db, { regionId: region.id, document: precise });
  await queryRows(db, sql`update projects set budget_total = 12345678901234.123456789 where position = 0`);
  await transitionDocument(db, {
    regionId: region.id,
    id: monitoring.record.id,
    from: "draft",
    to: "submitted",
    action: "submit",
    comment: "提交",
  });
  await addReviewComment(db, {
    regionId: region.id,
    documentId: imported.record.id,
    path: "projects[1]",
    body: "意见",
  });
}, 300_000);

afterAll(async () => {
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await queryRows<{ r: string }>(
      database.db,
      sql`select t::text as r from ${sql.identifier(table)} t order by t.id`,
    );
    out[table] = rows.map((x) => x.r);
  }
  return out;
}

describe("backup and restore", () => {
  it("covers every table of the schema", () => {
    const all = Object.values(schema)
      .filter((t) => is(t, PgTable))
      .map((t) => getTableName(t as PgTable));
    expect([...BACKUP_TABLES, ...NOT_BACKED_UP].sort()).toEqual(all.sort());
  });

  it("round-trips the whole database exactly into an empty one", async () => {
    const file = join(dir, "b.jsonl.gz");
    const summary = await backupDatabase({ database: source(), file });
    expect(summary.rows.documents).toBe(3);
    expect(summary.rows.indicators).toBe(15);
    target = await openTestDatabase();
    const restored = await restoreDatabase({ database: target, file });
    expect(restored.rows).toEqual(summary.rows);
    const [before, after] = [await snapshot(source()), await snapshot(target)];
    expect(after).toEqual(before);
    expect(before.projects?.some((r) => r.includes("12345678901234.123456789"))).toBe(true);
    // …and refuses to restore over data.
    await expect(restoreDatabase({ database: target, file })).rejects.toMatchObject({ code: "validation" });
  });

  it("refuses another format or migration level, and leaves nothing behind when a row is bad", async () => {
    const empty = await openTestDatabase();
    try {
      const notBackup = join(dir, "x.gz");
      writeFileSync(notBackup, gzipSync("hello\n"));
      await expect(restoreDatabase({ database: empty, file: notBackup })).rejects.toMatchObject({ code: "validation" });
      const header = { format: "jixiao-backup/v1", migrationLevel: "19990101000000_old", createdAt: "", tables: [] };
      const old = join(dir, "old.gz");
      writeFileSync(old, gzipSync(`${JSON.stringify(header)}\n`));
      await expect(restoreDatabase({ database: empty, file: old })).rejects.toMatchObject({ code: "validation" });
      const bad = join(dir, "bad.gz");
      const lines = [
        JSON.stringify({ ...header, migrationLevel: empty.migrationLevel }),
        JSON.stringify({ table: "regions" }),
        JSON.stringify('(4f1a8a4e-0000-4000-8000-000000000001,r9,区,"2025-01-01 00:00:00+00")'),
        JSON.stringify({ table: "departments" }),
        JSON.stringify("(not-a-uuid,,x,,)"),
      ];
      writeFileSync(bad, gzipSync(`${lines.join("\n")}\n`));
      await expect(restoreDatabase({ database: empty, file: bad })).rejects.toThrow();
      const [n] = await queryRows<{ n: number }>(empty.db, sql`select count(*)::int as n from regions`);
      expect(n?.n).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
