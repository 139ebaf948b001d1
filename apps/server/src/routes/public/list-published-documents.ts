import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { listPublishedDocuments } from "../../use-cases/published-documents.ts";

export const regionCodeParams = z.object({ code: z.string().min(1).max(64) }).strict();

export default defineRoute({
  method: "GET",
  url: "/api/public/regions/:code/documents",
  summary: "公开：本地区已公开的绩效文档（无需登录）/ public: a region's published documents",
  tags: ["公开"],
  auth: "public",
  params: regionCodeParams,
  querystring: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() }).strict(),
  response: {
    200: z.object({
      region: z.object({ code: z.string(), name: z.string() }),
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string().nullable(),
          year: z.number().nullable(),
          kind: z.string(),
          department: z.string().nullable(),
          version: z.number(),
          publishedAt: z.string(),
        }),
      ),
    }),
  },
  handler: async ({ services, params, query }) =>
    listPublishedDocuments(services.database.db, { regionCode: params.code, year: query.year }),
});
