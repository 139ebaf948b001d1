/**
 * `npm run bench`: runs every `packages/*\/bench/*.bench.ts` and `apps/*\/bench/*.bench.ts` and prints one JSON object.
 * Each bench file's default export is `async () => Record<string, unknown>`; it measures its own floor side by side
 * where the issue names one, so ratios hold on a noisy machine. `npm run bench -- reader` runs files whose path has "reader".
 */
import { existsSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const filters = process.argv.slice(2);
const files: string[] = [];
for (const group of ["packages", "apps"]) {
  for (const pkg of readdirSync(join(root, group))) {
    const dir = join(root, group, pkg, "bench");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith(".bench.ts")) files.push(join(dir, f));
  }
}
const selected = files.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
const results: Record<string, unknown> = {};
for (const file of selected) {
  const name = relative(root, file);
  process.stderr.write(`bench: ${name}\n`);
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default: () => Promise<Record<string, unknown>> };
    results[name] = await mod.default();
  } catch (e) {
    results[name] = { error: e instanceof Error ? e.message : String(e) };
    process.exitCode = 1;
  }
}
const out = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? null,
  date: new Date().toISOString(),
  results,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
