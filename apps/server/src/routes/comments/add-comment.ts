import { addReviewComment } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { assertRowPaths } from "../../use-cases/assert-row-paths.ts";
import { idParams } from "../schemas.ts";
import { commentSchema, presentComment } from "./list-comments.ts";

export default defineRoute({
  method: "POST",
  url: "/api/documents/:id/comments",
  summary: "添加审核意见（审核人员；path 指向一行指标，如 projects[0].indicators[2]）/ add a review comment",
  tags: ["审核意见"],
  params: idParams,
  body: z
    .object({
      body: z.string().trim().min(1, "意见不能为空").max(5000),
      path: z
        .string()
        .regex(
          /^(projects\[\d+\](\.indicators\[\d+\])?|evaluation\.indicators\[\d+\]|departmentTable\.(longTerm|annual)\.indicators\[\d+\])$/,
          "path 格式如 projects[0].indicators[2]",
        )
        .nullable()
        .optional(),
    })
    .strict(),
  response: { 201: commentSchema },
  handler: async ({ services, principal, params, body, reply }) => {
    const db = services.database.db;
    const stored = await loadAuthorizedDocument({ db, principal, id: params.id, permission: "review" });
    assertRowPaths(stored.document, [body.path]);
    const comment = await addReviewComment(db, {
      regionId: principal.regionId,
      documentId: params.id,
      body: body.body,
      path: body.path ?? null,
      authorId: principal.userId,
    });
    reply.status(201);
    return presentComment(comment);
  },
});
