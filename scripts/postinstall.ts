/**
 * `npm install` runs this last (root `postinstall`), so that the first `npm start` has nothing to make:
 * 1. the web app (apps/web → apps/web/dist), unless the build is up to date — `prestart` still rebuilds it after
 *    a developer's edit;
 * 2. the migrated empty PGlite template folder (node_modules/.cache/jixiao): a new data folder is a copy of it,
 *    not 5–10 s of initdb and migrations;
 * 3. Node's compile cache of the server's modules (node_modules/.cache/jixiao/node-compile-cache).
 * Each step is only a speed-up: a failure is reported and the install still succeeds (start-up then does the work).
 */
import { enableStartupCaches, flushStartupCaches } from "../apps/cli/src/startup-cache.ts";
import { buildWebIfStale } from "./build-web-if-stale.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);

async function step(name: string, fn: () => unknown): Promise<void> {
  const t0 = performance.now();
  try {
    await fn();
    log(`jixiao postinstall: ${name} ✓ (${Math.round(performance.now() - t0)} ms)`);
  } catch (e) {
    log(`jixiao postinstall: ${name} 未完成 / not done: ${e instanceof Error ? e.message : String(e)}`);
  }
}

if (process.env.JIXIAO_SKIP_POSTINSTALL === "1") {
  log("jixiao postinstall: skipped (JIXIAO_SKIP_POSTINSTALL=1)");
} else {
  enableStartupCaches();
  await step("web app", () => {
    const result = buildWebIfStale({ log });
    if (!result.ok) throw new Error("web build failed; npm start will try again");
  });
  await step("PGlite template", async () => {
    const { ensureTemplate } = await import("@jixiao/db");
    await ensureTemplate({ prune: true });
  });
  await step("compile cache", async () => {
    await import("@jixiao/server");
    await import("@jixiao/server/start-server");
    await import("../apps/server/src/seed/seed-demo.ts");
    await import("@jixiao/documents"); // the first start reads the seed documents with it
    await import("../apps/cli/src/commands/serve.ts");
    flushStartupCaches();
  });
}
