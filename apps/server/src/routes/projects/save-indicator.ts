import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { presentProject, projectViewSchema } from "../../presenters/project.ts";
import { saveProject } from "../../use-cases/save-project.ts";
import { errorSchema, uuid, versionField } from "../schemas.ts";
import { indicatorSchema } from "./get-project.ts";

export default defineRoute({
  method: "PUT",
  url: "/api/documents/:id/projects/:index/indicators/:row",
  summary: "保存一行指标（版本过期则 409）/ save one indicator row",
  tags: ["项目与指标"],
  params: z
    .object({
      id: uuid,
      index: z.coerce.number().int().min(0).max(100_000),
      row: z.coerce.number().int().min(0).max(100_000),
    })
    .strict(),
  body: z.object({ version: versionField.optional(), indicator: indicatorSchema }).strict(),
  response: { 200: projectViewSchema, 409: errorSchema },
  handler: async ({ services, principal, params, body, request, reply }) => {
    const view = await saveProject({
      database: services.database,
      principal,
      documentId: params.id,
      index: params.index,
      expectedVersion: expectedVersionOf(request.headers["if-match"], body.version),
      change: { indicatorIndex: params.row, indicator: body.indicator },
    });
    reply.header("etag", `"${view.record.version}"`);
    return presentProject(view);
  },
});
