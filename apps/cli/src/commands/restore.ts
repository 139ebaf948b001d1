import { restoreDatabase } from "@jixiao/db";
import type { Command } from "../command.ts";
import { runWithDatabaseFile } from "./database-options.ts";

const USAGE = [
  "用法 / usage: jixiao restore FILE [--data DIR | --url URL]",
  "  从 FILE 恢复整个数据库。目标数据库必须是空的（新的数据目录或新建的数据库），全部成功或全部不变。",
  "  Restores FILE into an EMPTY database (a new data folder or database), all or nothing.",
].join("\n");

/** `jixiao restore FILE`: loads a `jixiao backup` file into an empty database in one transaction. */
const restore: Command = {
  name: "restore",
  usage: "从备份恢复到空数据库 FILE / restore a backup",
  run: (args, io) =>
    runWithDatabaseFile(args, io, USAGE, async (database, file) => {
      const result = await restoreDatabase({ database, file });
      const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
      return `已恢复 ${total} 行 / restored ${total} rows from ${file}`;
    }),
};

export default restore;
