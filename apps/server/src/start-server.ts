import { existsSync } from "node:fs";
import { type Database, openDatabase } from "@jixiao/db";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "./config.ts";
import { resolveSecret } from "./secret.ts";
import type { SeedReport } from "./seed/seed-demo.ts";

export interface StartedServer {
  app: FastifyInstance;
  url: string;
  /** Milliseconds from process start (module loading included) to listening. */
  readyMs: number;
  /**
   * Where the time went, in milliseconds: modules (before startServer), config, database (open + migrations, while
   * the app's modules load beside it), demo data, app, listen.
   */
  phases: Record<string, number>;
  seeded: SeedReport | null;
  close(): Promise<void>;
}

/**
 * `jixiao serve`: config → database (migrated) → demo data on first start → listen. The database opens while the
 * HTTP app's modules load: PGlite's WebAssembly compiles and the template folder copies off the main thread.
 */
export async function startServer(options: {
  /** The whole environment (then .env is not read); default process.env plus .env. */
  env?: Record<string, string | undefined>;
  /** Settings that win over the environment, such as `--port`. */
  overrides?: Record<string, string | undefined>;
  log?: (line: string) => void;
}): Promise<StartedServer> {
  const phases: Record<string, number> = { modules: Math.round(performance.now()) };
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (!options.env && existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig({ ...(options.env ?? process.env), ...options.overrides });
  lap("config");
  const opening = openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  const appModule = import("./app.ts");
  const seedModule = config.SEED_DEMO === "true" ? import("./seed/seed-demo.ts") : null;
  // Nobody awaits these yet if the database fails; their failure then must not be an unhandled rejection.
  appModule.catch(() => undefined);
  seedModule?.catch(() => undefined);
  const database = await opening;
  lap("database");
  try {
    const { secret, source } = resolveSecret(config);
    if (source === "process")
      log("提示：未设置 SESSION_SECRET，多进程部署时请设置 / hint: set SESSION_SECRET when running several processes");
    const seeded = seedModule ? await (await seedModule).seedDemo({ database }) : null;
    lap("demo");
    const app = await (await appModule).buildApp({ config, database, secret });
    lap("app");
    await app.listen({ port: config.PORT, host: config.HOST });
    lap("listen");
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    const url = `http://${host}:${config.PORT}`;
    const readyMs = Math.round(performance.now());
    const spent = Object.entries(phases)
      .map(([k, v]) => `${k} ${v}`)
      .join(" · ");
    if (seeded) for (const line of describeSeed(seeded)) log(line);
    log(
      `绩效 Jixiao 已启动 / listening on ${url}（接口文档 ${url}/api/docs，自进程启动 ${readyMs} ms：${spent}；数据库 ${describeDatabase(database)}）`,
    );
    return {
      app,
      url,
      readyMs,
      phases,
      seeded,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}

function describeDatabase(database: Database): string {
  return database.driver === "pg" ? "PostgreSQL" : `PGlite ${database.dataDir ?? ""}`;
}

function describeSeed(seeded: SeedReport): string[] {
  const lines = [
    `首次启动：已创建演示地区“${seeded.regionName}”，导入 ${seeded.documents.length} 份示例文档。`,
    "演示账号（仅显示这一次，请登录后修改密码）/ demo accounts (shown once):",
  ];
  for (const a of seeded.accounts)
    lines.push(`  ${a.roleLabel.padEnd(6, "　")} ${a.username.padEnd(12)} 密码 ${a.password}`);
  for (const w of seeded.warnings) lines.push(`  注意：${w}`);
  return lines;
}
