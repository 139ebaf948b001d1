import { type Command, EXIT } from "../command.ts";

/** `jixiao serve`: starts the HTTP API (and, later, the web app) on PORT (default 3000). */
const serve: Command = {
  name: "serve",
  usage: "启动服务 http://localhost:3000（PORT、DATABASE_URL 等见 .env.example）/ start the server",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(
        "用法：jixiao serve\n配置通过环境变量或 .env 文件（参见 .env.example）/ configure through the environment or .env",
      );
      return EXIT.ok;
    }
    const { startServer } = await import("@jixiao/server");
    const server = await startServer({ log: io.out });
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

export default serve;
