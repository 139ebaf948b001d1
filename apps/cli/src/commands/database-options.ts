import { type Database, type OpenDatabaseOptions, openDatabase } from "@jixiao/db";
import { EXIT, type Io } from "../command.ts";

/** FILE plus `--data DIR` / `--url URL`, shared by backup and restore. */
export function databaseOptions(
  args: string[],
): { ok: true; file: string | undefined; options: OpenDatabaseOptions } | { ok: false; error: string } {
  const options: OpenDatabaseOptions = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--data" || a === "--url") {
      const value = args[++i];
      if (value === undefined) return { ok: false, error: `${a} 需要一个值 / ${a} needs a value` };
      if (a === "--data") options.dataDir = value;
      else options.url = value;
    } else if (a.startsWith("--")) {
      return { ok: false, error: `未知选项 ${a} / unknown option ${a}` };
    } else {
      files.push(a);
    }
  }
  if (files.length > 1) return { ok: false, error: "只能指定一个文件 / only one FILE" };
  return { ok: true, file: files[0], options };
}

/**
 * The shape of backup and restore: `--help`, FILE and database options parsed, the database opened, `action` run,
 * the database closed whatever happens.
 */
export async function runWithDatabaseFile(
  args: string[],
  io: Io,
  usage: string,
  action: (database: Database, file: string) => Promise<string>,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(usage);
    return EXIT.ok;
  }
  const parsed = databaseOptions(args);
  if (!parsed.ok || parsed.file === undefined) {
    io.err(`${parsed.ok ? "需要一个备份文件名 / FILE is needed" : parsed.error}\n${usage}`);
    return EXIT.badInput;
  }
  const database = await openDatabase(parsed.options);
  try {
    io.out(await action(database, parsed.file));
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
