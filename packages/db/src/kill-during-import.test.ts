/**
 * `kill -9` during an import leaves no half-imported document — on the backend under test: PGlite (a data folder)
 * by default, PostgreSQL when DATABASE_URL is set (a database of its own). A real child process imports and is
 * killed; the database is then opened again and every table an import writes is counted.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "./open-database.ts";
import { queryRows } from "./query-rows.ts";
import { spawnUntil } from "./spawn-until.ts";
import { freshDataDir } from "./testing.ts";

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
const CHILD = join(import.meta.dirname, "kill-during-import.child.ts");
const PROJECTS = 120;
const INDICATORS = 120 * 25;
const cleanups: (() => Promise<void>)[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const clean of cleanups.splice(0)) await clean();
});

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A migrated, empty database for one test: a PGlite folder, or a PostgreSQL database dropped afterwards. */
async function freshTarget(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = await freshDataDir();
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }
  const name = `t_kill_${randomBytes(5).toString("hex")}`;
  await admin(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  cleanups.push(() => admin(url, `drop database if exists ${name} with (force)`));
  const database = await openDatabase({ url: target.toString(), poolSize: 1 });
  await database.close();
  return target.toString();
}

async function start(mode: string, target: string, marker: string): Promise<ChildProcess> {
  return (await spawnUntil(CHILD, [mode, target], marker, children)).proc;
}

function kill9(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.on("exit", () => resolve());
    proc.kill("SIGKILL");
  });
}

interface Counts {
  documents: number;
  versions: number;
  projects: number;
  indicators: number;
  files: number;
  departments: number;
  audit: number;
}

/** Opens the database again (PGlite: replays its WAL) and counts. */
async function counts(target: string): Promise<Counts> {
  const database = await openDatabase(
    target.startsWith("postgres") ? { url: target, poolSize: 1 } : { dataDir: target },
  );
  try {
    const [row] = await queryRows<Counts>(
      database.db,
      sql`select (select count(*)::int from documents) as documents,
                 (select count(*)::int from document_versions) as versions,
                 (select count(*)::int from projects) as projects,
                 (select count(*)::int from indicators) as indicators,
                 (select count(*)::int from source_files) as files,
                 (select count(*)::int from departments) as departments,
                 (select count(*)::int from audit_log where entity <> 'region') as audit`,
    );
    if (!row) throw new Error("no row");
    return row;
  } finally {
    await database.close();
  }
}

const backend = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

describe(`kill -9 during an import (${backend})`, () => {
  it("killed after writing every row but before COMMIT: nothing of the import is there", async () => {
    const target = await freshTarget();
    await kill9(await start("hang", target, "written"));
    expect(await counts(target)).toEqual({
      documents: 0,
      versions: 0,
      projects: 0,
      indicators: 0,
      files: 0,
      departments: 0,
      audit: 0,
    });
  });

  it("killed at an arbitrary moment of repeated imports: only whole documents, each with its file and department", async () => {
    const target = await freshTarget();
    const proc = await start("loop", target, "committed");
    // The next import is under way now: kill it somewhere in the middle.
    await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 300)));
    await kill9(proc);
    const c = await counts(target);
    const n = c.documents;
    expect(n).toBeGreaterThanOrEqual(1);
    // Per import: 1 document, 1 version, its projects and indicators, 1 source file, 1 new department, and audit
    // entries for the file, the department and the document.
    expect(c).toEqual({
      documents: n,
      versions: n,
      projects: n * PROJECTS,
      indicators: n * INDICATORS,
      files: n,
      departments: n,
      audit: n * 3,
    });
  });
});
