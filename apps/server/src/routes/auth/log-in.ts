import { z } from "zod";
import { setSessionCookies } from "../../http/cookies.ts";
import { defineRoute } from "../../http/route.ts";
import { logIn } from "../../use-cases/log-in.ts";
import { errorSchema } from "../schemas.ts";

export default defineRoute({
  method: "POST",
  url: "/api/auth/login",
  summary: "密码登录（设置会话 Cookie，返回 csrfToken）/ log in",
  tags: ["账号"],
  auth: "public",
  body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }).strict(),
  response: {
    200: z.object({ userId: z.string(), csrfToken: z.string(), expiresAt: z.string() }),
    401: errorSchema,
    429: errorSchema,
  },
  handler: async ({ services, body, request, reply }) => {
    const session = await logIn({
      services,
      db: services.database.db,
      username: body.username,
      password: body.password,
      ip: request.ip,
      userAgent: request.headers["user-agent"] ?? null,
    });
    setSessionCookies(reply, request, services.config, session);
    return { userId: session.userId, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  },
});
