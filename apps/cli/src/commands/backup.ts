import { backupDatabase, openDatabase } from "@jixiao/db";
import { type Command, EXIT } from "../command.ts";
import { databaseOptions } from "./database-options.ts";

const USAGE = [
  "用法 / usage: jixiao backup FILE [--data DIR | --url URL]",
  "  把整个数据库备份到 FILE（gzip 压缩的 JSON 行）。默认数据目录 ./data，设置了 DATABASE_URL 时为 PostgreSQL。",
  "  Writes the whole database to FILE (gzip JSON lines). Default: PGlite in ./data, or PostgreSQL from DATABASE_URL.",
].join("\n");

/** `jixiao backup FILE`: dumps every table, with the migration level, to one file. */
const backup: Command = {
  name: "backup",
  usage: "备份整个数据库 FILE / back up the database",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const parsed = databaseOptions(args);
    if (!parsed.ok || parsed.file === undefined) {
      io.err(`${parsed.ok ? "需要一个备份文件名 / FILE is needed" : parsed.error}\n${USAGE}`);
      return EXIT.badInput;
    }
    const database = await openDatabase(parsed.options);
    try {
      const summary = await backupDatabase({ database, file: parsed.file });
      const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      io.out(
        `已备份 ${total} 行（${Object.keys(summary.rows).length} 张表，迁移版本 ${summary.migrationLevel}）到 ${parsed.file}\n` +
          `backed up ${total} rows to ${parsed.file}`,
      );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};

export default backup;
