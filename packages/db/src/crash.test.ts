import type { ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LOCK_FILE } from "./lock-file.ts";
import { openDatabase } from "./open-database.ts";
import { queryRows } from "./query-rows.ts";
import { spawnUntil } from "./spawn-until.ts";
import { freshDataDir } from "./testing.ts";

// These tests are about PGlite data folders (kill -9, lock file), so they always run on PGlite. Child processes
// start slowly on a busy machine: generous timeouts, no timing assertions.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const child = join(import.meta.dirname, "test-child.ts");
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await freshDataDir();
  dirs.push(d);
  return d;
}

/** Starts the child and resolves with it once it printed a line starting with `marker`. */
function startChild(mode: string, dir: string, marker: string): Promise<{ proc: ChildProcess; line: string }> {
  return spawnUntil(child, [mode, dir], marker, children);
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.on("exit", () => resolve());
    proc.kill("SIGKILL");
  });
}

async function counts(dir: string): Promise<{ documents: number; projects: number; indicators: number }> {
  const database = await openDatabase({ dataDir: dir });
  try {
    const [row] = await queryRows<{ documents: number; projects: number; indicators: number }>(
      database.db,
      sql`select (select count(*)::int from documents) as documents, (select count(*)::int from projects) as projects,
                 (select count(*)::int from indicators) as indicators`,
    );
    if (!row) throw new Error("no row");
    return row;
  } finally {
    await database.close();
  }
}

describe("data folder lock", () => {
  it("a second live process on the same folder is refused with code locked", async () => {
    const dir = await tempDir();
    const { proc } = await startChild("open", dir, "opened");
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").split("\n")[0]).toBe(String(proc.pid));
    const second = await startChild("open", dir, "locked").catch((e: Error) => e);
    expect(second).not.toBeInstanceOf(Error);
    // …and in this process too, with a message in Chinese and English.
    const err = await openDatabase({ dataDir: dir }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "locked" });
    expect((err as { userMessage: string }).userMessage).toMatch(/数据目录.*another process/);
    proc.stdin?.end();
    await new Promise((r) => proc.on("exit", r));
    const database = await openDatabase({ dataDir: dir });
    await database.close();
  });

  it("a stale lock left by a dead process is taken over", async () => {
    const dir = await tempDir();
    const { proc } = await startChild("open", dir, "opened");
    await killed(proc);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").split("\n")[0]).toBe(String(proc.pid));
    const database = await openDatabase({ dataDir: dir });
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").split("\n")[0]).toBe(String(process.pid));
    await database.close();
  });

  it("the same process cannot open a folder twice; the lock goes with close", async () => {
    const dir = await tempDir();
    const database = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toMatchObject({ code: "locked" });
    await database.close();
    writeFileSync(join(dir, LOCK_FILE), "garbage");
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});

describe("kill -9", () => {
  it("mid-import leaves no partial document", async () => {
    const dir = await tempDir();
    const { proc } = await startChild("import-hang", dir, "written");
    await killed(proc);
    expect(await counts(dir)).toEqual({ documents: 0, projects: 0, indicators: 0 });
  });

  it("after a committed import keeps all of it", async () => {
    const dir = await tempDir();
    const { proc } = await startChild("import-commit", dir, "committed");
    await killed(proc);
    expect(await counts(dir)).toEqual({ documents: 1, projects: 120, indicators: 3000 });
  });

  it("at an arbitrary moment of repeated imports leaves only whole documents", async () => {
    const dir = await tempDir();
    const { proc } = await startChild("import-loop", dir, "committed");
    // The next import is under way now; kill it somewhere in the middle.
    await new Promise((r) => setTimeout(r, 150));
    await killed(proc);
    const c = await counts(dir);
    expect(c.documents).toBeGreaterThanOrEqual(1);
    expect(c.projects).toBe(c.documents * 120);
    expect(c.indicators).toBe(c.documents * 3000);
  });
});
