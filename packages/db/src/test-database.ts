import { afterAll, beforeAll } from "vitest";
import type { Database } from "./database.ts";
import { openTestDatabase } from "./testing.ts";

/**
 * Registers beforeAll/afterAll that open and close a fresh test database for the calling test file; returns a getter.
 * The generous hook timeout is for PGlite starting on a busy machine.
 */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  }, 300_000);
  afterAll(async () => {
    await database?.close();
  }, 60_000);
  return () => {
    if (!database) throw new Error("test database not open");
    return database;
  };
}
