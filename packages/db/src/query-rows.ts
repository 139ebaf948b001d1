import type { SQL } from "drizzle-orm";
import type { Db } from "./database.ts";

/**
 * Runs raw SQL and returns its rows. Both drivers answer with `{ rows }`; the generic Db type cannot say so.
 * Cast aggregates in SQL (`count(*)::int`, `sum(x)::text`): pg returns bigint and numeric as strings, PGlite may not.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
