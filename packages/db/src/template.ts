import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCK_FILE } from "./lock-file.ts";
import { loadMigrations, type Migration } from "./migrate.ts";

/**
 * PGlite's initdb takes 5–10 s, so a new data folder starts as a copy of a migrated, empty template folder: made
 * once (at `npm install`, or by the first test that needs one) and kept under node_modules/.cache/jixiao, named by
 * the PGlite version and the migrations, so a template made by another PGlite or for other migrations is never used.
 * A finished template holds a READY marker; one being built lives under another name until it is renamed into place.
 */
export const TEMPLATE_READY = "READY";

/** The installed PGlite's version. */
export function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
  const pkg = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

/** node_modules/.cache/jixiao beside the installed PGlite; the temp folder when node_modules is not writable. */
export function templateCacheDir(): string {
  const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
  const at = entry.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return tmpdir();
  const dir = join(entry.slice(0, at), "node_modules", ".cache", "jixiao");
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return tmpdir();
  }
}

/** Where the template for this PGlite and these migrations lives (whether or not it exists yet). */
export function templatePath(options: { cacheDir?: string; migrations?: Migration[]; version?: string } = {}): string {
  const key = createHash("sha256")
    .update(
      [
        options.version ?? pgliteVersion(),
        ...(options.migrations ?? loadMigrations()).map((m) => `${m.name}:${m.hash}`),
      ].join("\n"),
    )
    .digest("hex")
    .slice(0, 16);
  return join(options.cacheDir ?? templateCacheDir(), `pglite-template-${key}`);
}

/** The finished template for this PGlite and these migrations, or null (then PGlite runs initdb as usual). */
export function readyTemplate(options: { cacheDir?: string } = {}): string | null {
  const path = templatePath(options);
  return existsSync(join(path, TEMPLATE_READY)) ? path : null;
}

/** Whether a folder already holds a PostgreSQL cluster. */
export function holdsCluster(dir: string): boolean {
  return existsSync(join(dir, "PG_VERSION"));
}

/**
 * Copies the template into `dir` (which may exist and hold other files, such as the lock). The files are copied
 * several at a time, and PG_VERSION — what makes the folder a cluster — last, so a copy cut short is no cluster and
 * is simply copied again next time.
 */
export async function copyTemplate(template: string, dir: string): Promise<void> {
  const files: string[] = [];
  const folders: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await readdir(join(template, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        folders.push(path);
        await walk(path);
      } else if (path !== TEMPLATE_READY && path !== LOCK_FILE && path !== "PG_VERSION") {
        files.push(path);
      }
    }
  };
  await walk("");
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const folder of folders) await mkdir(join(dir, folder), { recursive: true, mode: 0o700 });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      await copyFile(join(template, file), join(dir, file));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await copyFile(join(template, "PG_VERSION"), join(dir, "PG_VERSION"));
}

/**
 * Template folders in the cache other than `keep`: finished ones made for an older PGlite or older migrations, and
 * builds left behind by a process killed more than an hour ago.
 */
export function otherTemplates(cacheDir: string, keep: string): string[] {
  if (!existsSync(cacheDir)) return [];
  const hourAgo = Date.now() - 3_600_000;
  return readdirSync(cacheDir)
    .map((name) => join(cacheDir, name))
    .filter((path) => {
      const name = basename(path);
      if (path === keep || !name.startsWith("pglite-template-")) return false;
      if (/^pglite-template-[0-9a-f]{16}$/.test(name)) return true;
      return statSync(path).mtimeMs < hourAgo;
    });
}
