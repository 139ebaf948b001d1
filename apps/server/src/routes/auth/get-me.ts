import { ROLE_LABELS } from "@jixiao/core";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";

export default defineRoute({
  method: "GET",
  url: "/api/auth/me",
  summary: "当前用户 / the signed-in user",
  tags: ["账号"],
  response: {
    200: z.object({
      userId: z.string(),
      username: z.string(),
      displayName: z.string(),
      regionId: z.string(),
      role: z.string(),
      roleLabel: z.string(),
      departmentId: z.string().nullable(),
      unitId: z.string().nullable(),
      mustChangePassword: z.boolean(),
    }),
  },
  handler: async ({ principal }) => {
    const { sessionId: _session, ...rest } = principal;
    return { ...rest, roleLabel: ROLE_LABELS[principal.role] };
  },
});
