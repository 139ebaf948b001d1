import { indicatorSchema, projectSchema } from "@jixiao/core";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { getProject, type ProjectView } from "../../use-cases/get-project.ts";
import { uuid } from "../schemas.ts";

export const projectParams = z.object({ id: uuid, index: z.coerce.number().int().min(0).max(100_000) }).strict();
export const projectViewSchema = z.object({
  documentId: z.string(),
  version: z.number(),
  index: z.number(),
  project: projectSchema,
});
export { indicatorSchema, projectSchema };

export function presentProject(view: ProjectView): z.infer<typeof projectViewSchema> {
  return { documentId: view.record.id, version: view.record.version, index: view.index, project: view.project };
}

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/projects/:index",
  summary: "读取一个项目及其指标 / get a project with its indicators",
  tags: ["项目与指标"],
  params: projectParams,
  response: { 200: projectViewSchema },
  handler: async ({ services, principal, params, reply }) => {
    const view = await getProject({ db: services.database.db, principal, documentId: params.id, index: params.index });
    reply.header("etag", `"${view.record.version}"`);
    return presentProject(view);
  },
});
