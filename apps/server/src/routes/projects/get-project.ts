import { indicatorSchema, projectSchema } from "@jixiao/core";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { presentProjectJson, projectViewSchema } from "../../presenters/project.ts";
import { getProject } from "../../use-cases/get-project.ts";
import { uuid } from "../schemas.ts";

export const projectParams = z.object({ id: uuid, index: z.coerce.number().int().min(0).max(100_000) }).strict();
export { indicatorSchema, projectSchema };

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/projects/:index",
  summary: "读取一个项目及其指标 / get a project with its indicators",
  tags: ["项目与指标"],
  params: projectParams,
  response: { 200: projectViewSchema },
  handler: async ({ services, principal, params, reply }) => {
    const view = await getProject({ db: services.database.db, principal, documentId: params.id, index: params.index });
    reply.header("etag", `"${view.head.version}"`);
    reply.type("application/json; charset=utf-8");
    return presentProjectJson({
      documentId: view.head.id,
      version: view.head.version,
      index: view.index,
      projectJson: view.projectJson,
    });
  },
});
