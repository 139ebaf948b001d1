import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { listPublicRegions } from "../../use-cases/published-documents.ts";

export default defineRoute({
  method: "GET",
  url: "/api/public/regions",
  summary: "公开：地区列表（无需登录）/ public: regions",
  tags: ["公开"],
  auth: "public",
  response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) },
  handler: async ({ services }) => ({ items: await listPublicRegions(services.database.db) }),
});
