import { deleteSession } from "@jixiao/db";
import { clearSessionCookies } from "../../http/cookies.ts";
import { defineRoute } from "../../http/route.ts";
import { okSchema } from "../schemas.ts";

export default defineRoute({
  method: "POST",
  url: "/api/auth/logout",
  summary: "退出登录 / log out",
  tags: ["账号"],
  response: { 200: okSchema },
  handler: async ({ services, principal, reply }) => {
    await deleteSession(services.database.db, { regionId: principal.regionId, id: principal.sessionId });
    services.sessionCache.forgetSession(principal.sessionId);
    clearSessionCookies(reply);
    return { ok: true as const };
  },
});
