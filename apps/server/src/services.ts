import type { Database } from "@jixiao/db";
import type { RateLimiter } from "./auth/rate-limit.ts";
import type { SessionCache } from "./auth/session-cache.ts";
import type { Config } from "./config.ts";

/** What use cases need from the outside world, built once in `buildApp` and handed to every route. */
export interface Services {
  config: Config;
  database: Database;
  /** Server secret for HMACs (CSRF tokens); from SESSION_SECRET or a generated file in DATA_DIR. */
  secret: string;
  loginLimiter: RateLimiter;
  sessionCache: SessionCache;
  now(): Date;
}
