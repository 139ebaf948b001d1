import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "./config.ts";

/**
 * The HMAC secret: SESSION_SECRET when set; otherwise, with PGlite, a random secret kept in DATA_DIR (so restarts
 * keep sessions valid); otherwise a random one per process (fine for one process; set SESSION_SECRET for several).
 */
export function resolveSecret(config: Config): { secret: string; source: "env" | "file" | "process" } {
  if (config.SESSION_SECRET) return { secret: config.SESSION_SECRET, source: "env" };
  if (config.DATABASE_URL) return { secret: randomBytes(32).toString("hex"), source: "process" };
  const dir = resolve(config.DATA_DIR);
  const file = join(dir, "session-secret");
  if (existsSync(file)) {
    const s = readFileSync(file, "utf8").trim();
    if (s.length >= 32) return { secret: s, source: "file" };
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "file" };
}
