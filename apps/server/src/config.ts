import { JixiaoError } from "@jixiao/core";
import { z } from "zod";

/** Server configuration, parsed once at boot from the environment (see `.env.example`). */
export const configSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT 必须是 1–65535 的整数 / PORT must be an integer 1–65535" })
    .int("PORT 必须是整数 / PORT must be an integer")
    .min(1, "PORT 不能小于 1 / PORT must be ≥ 1")
    .max(65535, "PORT 不能大于 65535 / PORT must be ≤ 65535")
    .default(3000),
  HOST: z.string().min(1, "HOST 不能为空 / HOST must not be empty").default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL 应以 postgres:// 开头 / DATABASE_URL must start with postgres://")
    .optional(),
  DATA_DIR: z.string().min(1, "DATA_DIR 不能为空 / DATA_DIR must not be empty").default("./data"),
  SESSION_SECRET: z
    .string()
    .min(32, "SESSION_SECRET 至少 32 个字符（可用 `openssl rand -hex 32` 生成）/ SESSION_SECRET needs ≥ 32 characters")
    .optional(),
  SESSION_TTL_HOURS: z.coerce
    .number({ error: "SESSION_TTL_HOURS 必须是数字 / SESSION_TTL_HOURS must be a number" })
    .positive("SESSION_TTL_HOURS 必须大于 0 / SESSION_TTL_HOURS must be > 0")
    .default(12),
  COOKIE_SECURE: z.enum(["true", "false", "auto"], { error: "COOKIE_SECURE 取值 true / false / auto" }).default("auto"),
  LOGIN_MAX_FAILURES: z.coerce
    .number({ error: "LOGIN_MAX_FAILURES 必须是整数 / LOGIN_MAX_FAILURES must be an integer" })
    .int()
    .min(1)
    .default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number({ error: "LOGIN_LOCK_MINUTES 必须是数字 / LOGIN_LOCK_MINUTES must be a number" })
    .positive()
    .default(15),
  UPLOAD_LIMIT_MB: z.coerce
    .number({ error: "UPLOAD_LIMIT_MB 必须是数字 / UPLOAD_LIMIT_MB must be a number" })
    .positive()
    .max(1024)
    .default(50),
  SEED_DEMO: z.enum(["true", "false"], { error: "SEED_DEMO 取值 true / false" }).default("true"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL 取值 fatal/error/warn/info/debug/trace/silent",
    })
    .default("info"),
});

export type Config = z.infer<typeof configSchema>;

/** Reads the configuration; a bad value throws `config` with every problem named (Chinese / English). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
  throw new JixiaoError("config", `invalid configuration:\n${lines.join("\n")}`, {
    userMessage: `配置有误，请检查环境变量或 .env 文件（参见 .env.example）：\n${lines.join("\n")}`,
    details: result.error.issues,
  });
}

/** A configuration for tests: nothing from the environment except DATABASE_URL. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({ LOG_LEVEL: "silent", SEED_DEMO: "false" }), ...overrides };
}
