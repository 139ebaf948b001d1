import { backupDatabase } from "@jixiao/db";
import type { Command } from "../command.ts";
import { runWithDatabaseFile } from "./database-options.ts";

const USAGE = [
  "用法 / usage: jixiao backup FILE [--data DIR | --url URL]",
  "  把整个数据库备份到 FILE（gzip 压缩的 JSON 行）。默认数据目录 ./data，设置了 DATABASE_URL 时为 PostgreSQL。",
  "  Writes the whole database to FILE (gzip JSON lines). Default: PGlite in ./data, or PostgreSQL from DATABASE_URL.",
].join("\n");

/** `jixiao backup FILE`: dumps every table, with the migration level, to one file. */
const backup: Command = {
  name: "backup",
  usage: "备份整个数据库 FILE / back up the database",
  run: (args, io) =>
    runWithDatabaseFile(args, io, USAGE, async (database, file) => {
      const summary = await backupDatabase({ database, file });
      const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      return (
        `已备份 ${total} 行（${Object.keys(summary.rows).length} 张表，迁移版本 ${summary.migrationLevel}）到 ${file}\n` +
        `backed up ${total} rows to ${file}`
      );
    }),
};

export default backup;
