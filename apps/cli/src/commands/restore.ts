import { openDatabase, restoreDatabase } from "@jixiao/db";
import { type Command, EXIT } from "../command.ts";
import { databaseOptions } from "./database-options.ts";

const USAGE = [
  "用法 / usage: jixiao restore FILE [--data DIR | --url URL]",
  "  从 FILE 恢复整个数据库。目标数据库必须是空的（新的数据目录或新建的数据库），全部成功或全部不变。",
  "  Restores FILE into an EMPTY database (a new data folder or database), all or nothing.",
].join("\n");

/** `jixiao restore FILE`: loads a `jixiao backup` file into an empty database in one transaction. */
const restore: Command = {
  name: "restore",
  usage: "从备份恢复到空数据库 FILE / restore a backup",
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
      const result = await restoreDatabase({ database, file: parsed.file });
      const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
      io.out(`已恢复 ${total} 行 / restored ${total} rows from ${parsed.file}`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};

export default restore;
