import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/** A Drizzle database or transaction on either driver; every repository function takes one as its first argument. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Driver = "pglite" | "pg";

export interface Database {
  db: Db;
  driver: Driver;
  /** The PGlite data folder; null on PostgreSQL and for in-memory PGlite. */
  dataDir: string | null;
  /** The name of the last migration applied, e.g. `20261123184838_roles`. */
  migrationLevel: string;
  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
