import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureTemplate } from "./build-template.ts";
import { LOCK_FILE } from "./lock-file.ts";
import { latestMigration } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";
import { copyTemplate, holdsCluster, otherTemplates, TEMPLATE_READY, templatePath } from "./template.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "jixiao-template-"));
  dirs.push(d);
  return d;
}

describe("PGlite template folder", () => {
  it("is named by PGlite version and migrations", () => {
    const cacheDir = tempDir();
    const a = templatePath({ cacheDir, version: "0.5.16" });
    expect(templatePath({ cacheDir, version: "0.5.16" })).toBe(a);
    expect(templatePath({ cacheDir, version: "0.5.17" })).not.toBe(a);
    expect(templatePath({ cacheDir, version: "0.5.16", migrations: [] })).not.toBe(a);
  });

  it("a new data folder starts as a copy of the template, migrated, without its marker", async () => {
    const template = await ensureTemplate();
    expect(existsSync(join(template, TEMPLATE_READY))).toBe(true);
    const dir = tempDir();
    writeFileSync(join(dir, "session-secret"), "kept\n"); // what else may be in the folder stays
    const database = await openDatabase({ dataDir: dir, template });
    try {
      expect(database.migrationLevel).toBe(latestMigration());
      expect(holdsCluster(dir)).toBe(true);
      expect(existsSync(join(dir, TEMPLATE_READY))).toBe(false);
      expect(existsSync(join(dir, "session-secret"))).toBe(true);
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    } finally {
      await database.close();
    }
  });

  it("a copy cut short is no cluster (PG_VERSION comes last) and is copied again", async () => {
    const template = await ensureTemplate();
    const dir = tempDir();
    await copyTemplate(template, dir);
    rmSync(join(dir, "PG_VERSION"));
    rmSync(join(dir, "global"), { recursive: true });
    expect(holdsCluster(dir)).toBe(false);
    const database = await openDatabase({ dataDir: dir, template });
    await database.close();
  });

  it("prunes finished templates of other keys and old abandoned builds, never the current one", () => {
    const cacheDir = tempDir();
    const keep = templatePath({ cacheDir });
    for (const name of ["pglite-template-0123456789abcdef", "pglite-template-0123456789abcdef.42.beef", "other"])
      writeFileSync(join(cacheDir, name), "");
    writeFileSync(keep, "");
    expect(otherTemplates(cacheDir, keep)).toEqual([join(cacheDir, "pglite-template-0123456789abcdef")]);
  });
});
