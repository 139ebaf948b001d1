import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { presentProject, projectViewSchema } from "../../presenters/project.ts";
import { saveProject } from "../../use-cases/save-project.ts";
import { errorSchema, versionField } from "../schemas.ts";
import { projectParams, projectSchema } from "./get-project.ts";

export default defineRoute({
  method: "PUT",
  url: "/api/documents/:id/projects/:index",
  summary: "保存一个项目（含指标；版本过期则 409，不覆盖）/ save a project",
  tags: ["项目与指标"],
  params: projectParams,
  body: z.object({ version: versionField.optional(), project: projectSchema }).strict(),
  response: { 200: projectViewSchema, 409: errorSchema },
  handler: async ({ services, principal, params, body, request, reply }) => {
    const view = await saveProject({
      database: services.database,
      principal,
      documentId: params.id,
      index: params.index,
      expectedVersion: expectedVersionOf(request.headers["if-match"], body.version),
      change: { project: body.project },
    });
    reply.header("etag", `"${view.record.version}"`);
    return presentProject(view);
  },
});
