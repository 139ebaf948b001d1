import type { Command } from "../command.ts";

/**
 * The command table. Commands are loaded lazily so that `jixiao import` does not pay for the server's imports.
 * Add a command: one file in this folder and one line here.
 */
export const commands: Record<string, { usage: string; load: () => Promise<Command> }> = {
  backup: {
    usage: "备份整个数据库 FILE / back up the database",
    load: async () => (await import("./backup.ts")).default,
  },
  check: { usage: "审核 FILE [--json] [--pack ID]", load: async () => (await import("./check.ts")).default },
  export: {
    usage: "导出官方版式文档 FILE --to docx|xlsx|pdf [--out OUT]",
    load: async () => (await import("./export.ts")).default,
  },
  import: {
    usage: "读取绩效文档 FILE [--json] / read a document",
    load: async () => (await import("./import.ts")).default,
  },
  restore: {
    usage: "从备份恢复到空数据库 FILE / restore a backup into an empty database",
    load: async () => (await import("./restore.ts")).default,
  },
  score: {
    usage: "重算自评得分 FILE [--json] [--pack ID] / recompute self-evaluation scores",
    load: async () => (await import("./score.ts")).default,
  },
  serve: { usage: "启动服务 / start the HTTP server", load: async () => (await import("./serve.ts")).default },
};
