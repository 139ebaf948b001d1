import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { JixiaoError } from "@jixiao/core";
import { sql } from "drizzle-orm";
import type { Database, Db } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupHeader } from "./tables.ts";

const BATCH = 500;

/**
 * Restores a `backupDatabase` file into an EMPTY database at the same migration level, in one transaction: either
 * everything is restored or nothing is. Refuses a non-empty database, another format or another migration level.
 */
export async function restoreDatabase(options: {
  database: Database;
  file: string;
}): Promise<{ migrationLevel: string; rows: Record<string, number> }> {
  const { database } = options;
  const lines = createInterface({ input: createReadStream(options.file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const rows: Record<string, number> = {};
  try {
    const first = await iterator.next();
    const header = parseHeader(first.done ? "" : first.value);
    if (header.migrationLevel !== database.migrationLevel) {
      refuse(
        `backup is at migration ${header.migrationLevel}, database at ${database.migrationLevel}`,
        `备份的数据库版本（${header.migrationLevel}）与本程序（${database.migrationLevel}）不同`,
      );
    }
    await database.transaction(async (tx) => {
      await assertEmpty(tx);
      let table: string | null = null;
      let batch: string[] = [];
      const flush = async () => {
        if (table === null || batch.length === 0) return;
        await tx.execute(
          sql`insert into ${sql.identifier(table)}
              select (r::${sql.identifier(table)}).* from jsonb_array_elements_text(${JSON.stringify(batch)}::jsonb) as r`,
        );
        rows[table] = (rows[table] ?? 0) + batch.length;
        batch = [];
      };
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (next.value === "") continue;
        const value: unknown = JSON.parse(next.value);
        if (typeof value === "string") {
          if (table === null) refuse("row before any table", "备份文件格式错误");
          batch.push(value);
          if (batch.length >= BATCH) await flush();
        } else {
          await flush();
          const name = (value as { table?: unknown }).table;
          if (typeof name !== "string" || !BACKUP_TABLES.includes(name)) {
            refuse(`unknown table ${String(name)}`, `备份文件含有未知的数据表 ${String(name)}`);
          }
          table = name;
          rows[table] = 0;
        }
      }
      await flush();
    });
  } finally {
    lines.close();
  }
  return { migrationLevel: database.migrationLevel, rows };
}

function parseHeader(line: string): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    // fall through to the refusal
  }
  if (header.format !== BACKUP_FORMAT || typeof header.migrationLevel !== "string") {
    refuse("not a jixiao backup", "不是 Jixiao 备份文件");
  }
  return header as BackupHeader;
}

async function assertEmpty(tx: Db): Promise<void> {
  const counts = sql.join(
    BACKUP_TABLES.map((t) => sql`(select count(*)::int from ${sql.identifier(t)})`),
    sql` + `,
  );
  const [row] = await queryRows<{ n: number }>(tx, sql`select ${counts} as n`);
  if ((row?.n ?? 0) > 0) {
    refuse("the database is not empty", "目标数据库不是空的，恢复只能在空数据库中进行（请使用新的数据目录或新数据库）");
  }
}

function refuse(message: string, chinese: string): never {
  throw new JixiaoError("validation", `restore refused: ${message}`, {
    userMessage: `无法恢复：${chinese}。 / Restore refused: ${message}.`,
  });
}
