import { isJixiaoError } from "@jixiao/core";
import { EXIT, processIo } from "./command.ts";
import { commands } from "./commands/index.ts";

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  jixiao ${name.padEnd(8)} ${c.usage}`);
  return ["Jixiao 绩效 — 预算绩效管理系统 / budget performance management", "", "用法 / usage:", ...lines, ""].join(
    "\n",
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    processIo.out(usage());
    return EXIT.ok;
  }
  const entry = commands[name];
  if (!entry) {
    processIo.err(`未知命令：${name} / unknown command: ${name}\n\n${usage()}`);
    return EXIT.badInput;
  }
  const command = await entry.load();
  return command.run(rest, processIo);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isJixiaoError(e)) {
      processIo.err(`错误：${e.userMessage}\nerror: ${e.message}`);
      process.exitCode = EXIT.badInput;
    } else {
      processIo.err(`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = EXIT.failure;
    }
  },
);
