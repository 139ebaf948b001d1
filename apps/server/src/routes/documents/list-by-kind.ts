import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { documentSummarySchema, presentDocument } from "../../presenters/document.ts";
import { listVisibleDocuments } from "../../use-cases/list-documents.ts";
import { listQuery } from "./list-documents.ts";

/** 绩效运行监控表 and 绩效自评表 are documents of their own kind; these lists are the documents list narrowed. */
function listOf(kind: "monitoring" | "self-evaluation", url: string, summary: string) {
  return defineRoute({
    method: "GET",
    url,
    summary,
    tags: [kind === "monitoring" ? "绩效运行监控" : "绩效自评"],
    querystring: listQuery.omit({ kind: true }),
    response: { 200: z.object({ items: z.array(documentSummarySchema), total: z.number() }) },
    handler: async ({ services, principal, query }) => {
      const { items, total } = await listVisibleDocuments({
        db: services.database.db,
        principal,
        filter: { ...query, kind },
      });
      return { items: items.map((r) => presentDocument(r, principal)), total };
    },
  });
}

export const listMonitoringReports = listOf(
  "monitoring",
  "/api/monitoring-reports",
  "绩效运行监控表列表 / monitoring reports",
);
export const listSelfEvaluations = listOf(
  "self-evaluation",
  "/api/self-evaluations",
  "绩效自评表列表 / self-evaluations",
);
