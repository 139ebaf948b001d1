import { z } from "zod";
import { defineRoute } from "../../http/route.ts";

export default defineRoute({
  method: "GET",
  url: "/api/health",
  summary: "运行状态 / health",
  tags: ["系统"],
  auth: "public",
  response: { 200: z.object({ ok: z.boolean(), database: z.string(), migration: z.string() }) },
  handler: async ({ services }) => ({
    ok: true,
    database: services.database.driver,
    migration: services.database.migrationLevel,
  }),
});
