/**
 * `npm start` runs this first (prestart): builds the web app (apps/web → apps/web/dist) once, and again only when
 * a source is newer than the build, so a second start is immediate. `npm test` never needs it.
 * A failed build does not block the server: it starts with its plain home page and the API, and says why.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const web = join(root, "apps", "web");

/** What the bundle is made of: the web app itself and the pure core it imports (live checks). */
export const WEB_SOURCES = [
  join(web, "app"),
  join(web, "index.html"),
  join(web, "vite.config.ts"),
  join(web, "package.json"),
  join(root, "packages", "core", "src"),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Stale when there is no build, or any source file (or folder: a deleted file) changed after it. */
export function isWebBuildStale(options: { distDir: string; sources: string[] }): boolean {
  const index = join(options.distDir, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return options.sources.some((s) => newestMtime(s) > built);
}

export function buildWebIfStale(options: { log?: (line: string) => void; force?: boolean } = {}): {
  built: boolean;
  ok: boolean;
} {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const distDir = join(web, "dist");
  if (!options.force && !isWebBuildStale({ distDir, sources: WEB_SOURCES })) return { built: false, ok: true };
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    log("未找到 vite，跳过网页构建（请先 npm install）/ vite not installed, web app not built");
    return { built: false, ok: false };
  }
  log("正在构建网页界面 / building the web app (apps/web → apps/web/dist) …");
  const run = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: web, stdio: "inherit" });
  if (run.status !== 0) {
    log("网页界面构建失败，服务端仍将启动（只有 JSON 接口）/ web build failed; the server starts with the API only");
    return { built: true, ok: false };
  }
  return { built: true, ok: true };
}

if (import.meta.main) buildWebIfStale({ force: process.argv.includes("--force") });
