import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "./open-database.ts";
import { otherTemplates, readyTemplate, TEMPLATE_READY, templateCacheDir, templatePath } from "./template.ts";

/**
 * The migrated empty template folder for this PGlite and these migrations, made now if it is missing (initdb and
 * migrations, several seconds). Safe when several processes build at once: each builds aside and one rename wins.
 * `prune` removes templates made for an older PGlite or older migrations.
 */
export async function ensureTemplate(options: { cacheDir?: string; prune?: boolean } = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? templateCacheDir();
  const path = templatePath({ cacheDir });
  if (options.prune) for (const old of otherTemplates(cacheDir, path)) rmSync(old, { recursive: true, force: true });
  if (readyTemplate({ cacheDir })) return path;
  const building = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    const database = await openDatabase({ dataDir: building, template: false });
    await database.close();
    writeFileSync(join(building, TEMPLATE_READY), "");
    renameSync(building, path);
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    if (!readyTemplate({ cacheDir })) throw e; // not just another process being quicker
  }
  return path;
}
