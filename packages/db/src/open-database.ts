import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Database, Db } from "./database.ts";
import { acquireLock } from "./lock-file.ts";
import { migrate } from "./migrate.ts";
import * as schema from "./schema/index.ts";
import { copyTemplate, holdsCluster, readyTemplate } from "./template.ts";

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; defaults to DATABASE_URL unless `dataDir` is given. */
  url?: string;
  /** PGlite data folder, default ./data; `memory://` for a throw-away in-memory database. */
  dataDir?: string;
  /** Apply pending migrations (default true); false only checks that the database is up to date. */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** PGlite only: start an EMPTY folder (or memory) from this data-folder dump instead of running initdb. */
  loadDataDir?: Blob;
  /**
   * PGlite only: a folder without a cluster starts as a copy of this migrated template folder instead of running
   * initdb. Default: the cached template for this PGlite and these migrations, if one was made (`npm install` makes
   * it); false: always initdb.
   */
  template?: string | false;
}

export const MEMORY = "memory://";

/** Opens PGlite (default, in ./data) or PostgreSQL (url / DATABASE_URL) and runs the migrations. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  if (url) return openPostgres(url, options);
  return openPglite(options.dataDir ?? "./data", options);
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  // Loaded here so that PGlite users (npm start) do not pay for the pg driver.
  const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  const db = drizzlePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  try {
    const migrationLevel = await migrate(db, { apply: options.migrate !== false });
    return {
      db,
      driver: "pg",
      dataDir: null,
      migrationLevel,
      transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
      close: () => pool.end(),
    };
  } catch (e) {
    await pool.end();
    throw e;
  }
}

async function openPglite(dataDir: string, options: OpenDatabaseOptions): Promise<Database> {
  const memory = dataDir === MEMORY;
  const dir = memory ? null : resolve(dataDir);
  if (dir) mkdirSync(dir, { recursive: true });
  const lock = dir ? acquireLock(dir) : null;
  let client: PGlite | null = null;
  try {
    // Checked under the lock: nobody else is copying into the folder.
    if (dir && !options.loadDataDir && options.template !== false && !holdsCluster(dir)) {
      const template = options.template ?? readyTemplate();
      if (template) await copyTemplate(template, dir);
    }
    // relaxedDurability false (the default, stated here on purpose): a query returns only after PGlite has
    // written its files, so a committed import survives kill -9.
    client = memory
      ? new PGlite({ relaxedDurability: false })
      : new PGlite({ dataDir: dir ?? "", relaxedDurability: false });
    await client.waitReady;
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    const migrationLevel = await migrate(db, { apply: options.migrate !== false });
    const opened = client;
    return {
      db,
      driver: "pglite",
      dataDir: dir,
      migrationLevel,
      transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
      close: async () => {
        try {
          await opened.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (e) {
    await client?.close().catch(() => undefined);
    lock?.release();
    throw e;
  }
}
