import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "./database.ts";
import { MEMORY, openDatabase } from "./open-database.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when DATABASE_URL is set — a new PostgreSQL
 * database `t_<random>` dropped again on close, so parallel test files never see each other's rows. (A database
 * rather than a schema per file: drizzle-kit writes foreign keys as `"public"."table"`, which a search_path cannot
 * redirect.)
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ dataDir: MEMORY });
  const name = `t_${randomBytes(6).toString("hex")}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString(), poolSize: 4 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
