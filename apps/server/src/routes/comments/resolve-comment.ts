import { JixiaoError } from "@jixiao/core";
import { listReviewComments, resolveReviewComment } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { can } from "../../auth/scope.ts";
import { defineRoute } from "../../http/route.ts";
import { uuid } from "../schemas.ts";
import { commentSchema, presentComment } from "./list-comments.ts";

export default defineRoute({
  method: "POST",
  url: "/api/documents/:id/comments/:commentId/resolve",
  summary: "标记审核意见已处理（填报人或审核人）/ resolve a review comment",
  tags: ["审核意见"],
  params: z.object({ id: uuid, commentId: uuid }).strict(),
  response: { 200: commentSchema },
  handler: async ({ services, principal, params }) => {
    const db = services.database.db;
    const stored = await loadAuthorizedDocument({ db, principal, id: params.id, permission: "read" });
    if (!can(principal, "edit", stored.record) && !can(principal, "review", stored.record)) {
      throw new JixiaoError("forbidden", "may not resolve", { userMessage: "只有填报人或审核人可以处理审核意见" });
    }
    const comments = await listReviewComments(db, { regionId: principal.regionId, documentId: params.id });
    if (!comments.some((c) => c.id === params.commentId)) {
      throw new JixiaoError("not_found", "comment not on document", { userMessage: "该文档没有这条审核意见" });
    }
    return presentComment(
      await resolveReviewComment(db, { regionId: principal.regionId, id: params.commentId, userId: principal.userId }),
    );
  },
});
