import { z } from "zod";
import { clearSessionCookies } from "../../http/cookies.ts";
import { defineRoute } from "../../http/route.ts";
import { changePassword } from "../../use-cases/change-password.ts";
import { okSchema } from "../schemas.ts";

export default defineRoute({
  method: "POST",
  url: "/api/auth/password",
  summary: "修改本人密码（之后需重新登录）/ change my password",
  tags: ["账号"],
  body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }).strict(),
  response: { 200: okSchema },
  handler: async ({ services, principal, body, reply }) => {
    await changePassword({ db: services.database.db, principal, ...body });
    services.sessionCache.forgetUser(principal.userId);
    clearSessionCookies(reply);
    return { ok: true as const };
  },
});
