import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupHeader } from "./tables.ts";

const PAGE = 2000;

export interface BackupSummary {
  file: string;
  migrationLevel: string;
  rows: Record<string, number>;
}

/**
 * Writes the whole database to a gzip JSON-lines file: a header line (format, migration level, tables), then per
 * table a `{"table":…}` line followed by one line per row. A row is PostgreSQL's own text form of the record
 * (`t::text`), so numeric, jsonb, bytea and timestamps round-trip exactly, whichever driver reads it. Tables are read
 * in pages by id, one consistent snapshot (REPEATABLE READ on PostgreSQL).
 */
export async function backupDatabase(options: { database: Database; file: string }): Promise<BackupSummary> {
  const { database } = options;
  const gzip = createGzip();
  const out = createWriteStream(options.file);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  const rows: Record<string, number> = {};
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    migrationLevel: database.migrationLevel,
    createdAt: new Date().toISOString(),
    tables: BACKUP_TABLES,
  };
  await write(JSON.stringify(header));
  await database.transaction(async (tx) => {
    if (database.driver === "pg") await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    for (const table of BACKUP_TABLES) {
      await write(JSON.stringify({ table }));
      let n = 0;
      if (table === "documents") {
        // A document may point at another (relates_to_document_id): referenced ones first.
        const all = await queryRows<{ r: string }>(
          tx,
          sql`with recursive chain(id, depth) as (
                select id, 0 from documents where relates_to_document_id is null
                union all
                select d.id, c.depth + 1 from documents d join chain c on d.relates_to_document_id = c.id)
              select t::text as r from documents t join chain using (id) order by chain.depth, t.id`,
        );
        for (const row of all) await write(JSON.stringify(row.r));
        n = all.length;
      } else {
        let after: string | null = null;
        for (;;) {
          const page: { id: string; r: string }[] = await queryRows<{ id: string; r: string }>(
            tx,
            sql`select t.id::text as id, t::text as r from ${sql.identifier(table)} t
                where ${after === null ? sql`true` : sql`t.id > ${after}::uuid`}
                order by t.id limit ${PAGE}`,
          );
          for (const row of page) await write(JSON.stringify(row.r));
          n += page.length;
          if (page.length < PAGE) break;
          after = page[page.length - 1]?.id ?? null;
        }
      }
      rows[table] = n;
    }
  });
  gzip.end();
  await once(out, "finish");
  return { file: options.file, migrationLevel: database.migrationLevel, rows };
}
