/**
 * A backup is backend-neutral: a PGlite database (one county) restores into PostgreSQL (the city moving up) and
 * back, row for row. Needs both backends, so it runs when DATABASE_URL is set (`.ci/run`'s PostgreSQL pass).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { openDatabase } from "../open-database.ts";
import { queryRows } from "../query-rows.ts";
import { saveDocument } from "../repositories/documents.ts";
import { importDocument } from "../repositories/import-document.ts";
import { createRegion } from "../repositories/regions.ts";
import { addReviewComment } from "../repositories/review-comments.ts";
import { createUser } from "../repositories/users.ts";
import { transitionDocument } from "../repositories/workflow.ts";
import { freshDataDir, openTestDatabase, sampleDocument } from "../testing.ts";
import { backupDatabase } from "./backup-database.ts";
import { restoreDatabase } from "./restore-database.ts";
import { BACKUP_TABLES } from "./tables.ts";

const url = process.env.DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), "jixiao-cross-"));
const opened: Database[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const d of opened) await d.close();
  for (const f of [...folders, dir]) rmSync(f, { recursive: true, force: true });
});

async function pglite(): Promise<Database> {
  const folder = await freshDataDir();
  folders.push(folder);
  const database = await openDatabase({ dataDir: folder });
  opened.push(database);
  return database;
}

async function postgres(): Promise<Database> {
  const database = await openTestDatabase(); // DATABASE_URL is set: a database of its own
  opened.push(database);
  return database;
}

async function fill(database: Database): Promise<void> {
  const db = database.db;
  const region = await createRegion(db, { code: "cross", name: "迁移区" });
  const user = await createUser(db, {
    regionId: region.id,
    username: "cross-admin",
    displayName: "管理员",
    passwordHash: "$argon2id$x",
    role: "admin",
  });
  const imported = await importDocument(db, {
    regionId: region.id,
    document: sampleDocument({ projects: 3, department: "迁移局" }),
    file: { fileName: "源.docx", bytes: new Uint8Array([0, 1, 254, 255]) },
    userId: user.id,
  });
  await saveDocument(db, {
    regionId: region.id,
    id: imported.record.id,
    expectedVersion: 1,
    document: { ...sampleDocument({ projects: 2 }), title: '带"引号"与\\反斜杠' },
    userId: user.id,
  });
  await transitionDocument(db, {
    regionId: region.id,
    id: imported.record.id,
    from: "draft",
    to: "submitted",
    action: "submit",
    userId: user.id,
  });
  await addReviewComment(db, {
    regionId: region.id,
    documentId: imported.record.id,
    body: "意见",
    path: "projects[0]",
  });
}

/** Every backed-up table as text rows, timestamps shown in UTC so both backends print them alike. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await database.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    for (const table of BACKUP_TABLES) {
      const rows = await queryRows<{ r: string }>(
        tx,
        sql`select t::text as r from ${sql.identifier(table)} t order by t.id`,
      );
      out[table] = rows.map((x) => x.r);
    }
  });
  return out;
}

describe.skipIf(!url)("backup across backends", () => {
  it("PGlite → PostgreSQL → PGlite, row for row", async () => {
    const county = await pglite();
    await fill(county);
    const first = join(dir, "county.jsonl.gz");
    const summary = await backupDatabase({ database: county, file: first });
    expect(summary.rows.documents).toBe(1);

    const city = await postgres();
    expect((await restoreDatabase({ database: city, file: first })).rows).toEqual(summary.rows);
    expect(await snapshot(city)).toEqual(await snapshot(county));

    const second = join(dir, "city.jsonl.gz");
    await backupDatabase({ database: city, file: second });
    const back = await pglite();
    await restoreDatabase({ database: back, file: second });
    expect(await snapshot(back)).toEqual(await snapshot(county));
  });
});
