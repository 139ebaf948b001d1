import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { Database } from "@jixiao/db";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { makeAuthenticate } from "./auth/authenticate.ts";
import { RateLimiter } from "./auth/rate-limit.ts";
import { SessionCache } from "./auth/session-cache.ts";
import type { Config } from "./config.ts";
import { registerErrorHandler } from "./http/error-handler.ts";
import { registerHomePage } from "./http/home-page.ts";
import { registerRoute } from "./http/route.ts";
import { routes } from "./routes/index.ts";
import type { Services } from "./services.ts";
import { registerWebStatic } from "./web-static.ts";

export interface BuildAppOptions {
  config: Config;
  database: Database;
  secret: string;
  now?: () => Date;
  /** How long a session lookup is trusted in this process (default 2000 ms; 0 turns the cache off). */
  sessionCacheMs?: number;
}

/** Builds the Fastify app without listening: tests call `app.inject`, `serve` calls `listen`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const uploadLimit = Math.round(config.UPLOAD_LIMIT_MB * 1024 * 1024);
  const app = Fastify({
    logger: config.LOG_LEVEL === "silent" ? false : { level: config.LOG_LEVEL },
    // JSON bodies (a whole jixiao/v1 document) stay far below this; uploads go through multipart.
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: false,
    // One line per request only when debugging; refusals and failures are logged by the error handler.
    logController: new LogController({
      disableRequestLogging: config.LOG_LEVEL !== "debug" && config.LOG_LEVEL !== "trace",
    }),
  });
  const services: Services = {
    config,
    database: options.database,
    secret: options.secret,
    loginLimiter: new RateLimiter({ limit: 30, windowMs: 60_000 }),
    sessionCache: new SessionCache({ ttlMs: options.sessionCacheMs ?? 2000 }),
    now: options.now ?? (() => new Date()),
  };

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: uploadLimit, files: 1, fields: 10, parts: 12, fieldSize: 64 * 1024 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "绩效 Jixiao API",
        description:
          "预算绩效管理系统的 JSON 接口。登录后会话保存在 HttpOnly Cookie 中；修改类请求（POST/PUT/PATCH/DELETE）须带请求头 `x-csrf-token`（登录响应中的 csrfToken，亦在 Cookie `jixiao_csrf` 中）。错误统一为 `{ error: { code, message } }`，message 为中文。",
        version: "1",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "jixiao_session" } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  if (!(await registerWebStatic(app))) registerHomePage(app);
  const authenticate = makeAuthenticate(services);
  for (const route of routes) registerRoute(app, route, { services, authenticate });
  return app;
}
