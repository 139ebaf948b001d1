import { type Command, EXIT } from "../command.ts";
import { flushStartupCaches } from "../startup-cache.ts";

const HELP = `用法：jixiao serve [--port PORT] [--host HOST] [--data-dir DIR]
配置通过环境变量或 .env 文件（参见 .env.example）；命令行选项优先。
Configure through the environment or .env (see .env.example); options on the command line win.`;

/** `jixiao serve`: starts the HTTP API and the web app on PORT (default 3000). */
const serve: Command = {
  name: "serve",
  usage: "启动服务 http://localhost:3000（PORT、DATABASE_URL 等见 .env.example）/ start the server",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(HELP);
      return EXIT.ok;
    }
    const overrides = parseOptions(args);
    if (typeof overrides === "string") {
      io.err(`${overrides}\n\n${HELP}`);
      return EXIT.badInput;
    }
    // Only the start-up path: the HTTP app's modules load inside startServer, beside the database.
    const { startServer } = await import("@jixiao/server/start-server");
    const server = await startServer({ log: io.out, overrides });
    // Keep the compiled modules for the next start even if this process is killed; off the start-up path.
    setTimeout(flushStartupCaches, 3000).unref();
    await new Promise<void>((resolve) => {
      const stop = () => {
        io.out("正在停止…… / stopping");
        server.close().then(resolve, resolve);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT.ok;
  },
};

const OPTIONS: Record<string, string> = { "--port": "PORT", "--host": "HOST", "--data-dir": "DATA_DIR" };

/** `--port 3001` or `--port=3001` (and --host, --data-dir) as configuration overrides; a message when wrong. */
export function parseOptions(args: string[]): Record<string, string> | string {
  const overrides: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [flag = "", inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const key = OPTIONS[flag];
    if (!key) return `未知选项：${arg} / unknown option: ${arg}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === "") return `${flag} 需要一个值 / ${flag} needs a value`;
    overrides[key] = value;
  }
  return overrides;
}

export default serve;
