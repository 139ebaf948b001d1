import { listReviewComments, type ReviewComment } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { idParams } from "../schemas.ts";

export const commentSchema = z.object({
  id: z.string(),
  documentVersion: z.number(),
  path: z.string().nullable(),
  body: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

export function presentComment(c: ReviewComment): z.infer<typeof commentSchema> {
  return {
    id: c.id,
    documentVersion: c.documentVersion,
    path: c.path,
    body: c.body,
    authorId: c.authorId,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedBy: c.resolvedBy,
  };
}

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/comments",
  summary: "审核意见（整份文档及逐行指标）/ review comments",
  tags: ["审核意见"],
  params: idParams,
  querystring: z
    .object({ path: z.string().max(200).optional(), unresolvedOnly: z.enum(["true", "false"]).optional() })
    .strict(),
  response: { 200: z.object({ items: z.array(commentSchema) }) },
  handler: async ({ services, principal, params, query }) => {
    const db = services.database.db;
    await loadAuthorizedDocument({ db, principal, id: params.id, permission: "read" });
    const items = await listReviewComments(db, {
      regionId: principal.regionId,
      documentId: params.id,
      ...(query.path === undefined ? {} : { path: query.path }),
      unresolvedOnly: query.unresolvedOnly === "true",
    });
    return { items: items.map(presentComment) };
  },
});
