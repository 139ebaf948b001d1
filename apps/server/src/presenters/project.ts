import { projectSchema } from "@jixiao/core";
import { z } from "zod";
import type { ProjectView } from "../use-cases/get-project.ts";

/** How one project of a document looks in the API. */
export const projectViewSchema = z.object({
  documentId: z.string(),
  version: z.number(),
  index: z.number(),
  project: projectSchema,
});
export type ProjectViewBody = z.infer<typeof projectViewSchema>;

export function presentProject(view: ProjectView): ProjectViewBody {
  return { documentId: view.record.id, version: view.record.version, index: view.index, project: view.project };
}

/**
 * The same shape as `presentProject`, as text around the project JSON the database rendered: the read path then
 * neither parses nor re-serialises the project. The id is a uuid and the numbers are integers, so only the project
 * text needs no escaping, and it is PostgreSQL's own rendering of valid jsonb.
 */
export function presentProjectJson(view: {
  documentId: string;
  version: number;
  index: number;
  projectJson: string;
}): string {
  return `{"documentId":${JSON.stringify(view.documentId)},"version":${view.version},"index":${view.index},"project":${view.projectJson}}`;
}
