import { JixiaoError, type Project } from "@jixiao/core";
import type { Db, DocumentRecord } from "@jixiao/db";
import { loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";

export interface ProjectView {
  record: DocumentRecord;
  index: number;
  project: Project;
}

/** One project of a document, with its indicators, as of the document's current version. */
export async function getProject(input: {
  db: Db;
  principal: Principal;
  documentId: string;
  index: number;
}): Promise<ProjectView> {
  const stored = await loadAuthorizedDocument({
    db: input.db,
    principal: input.principal,
    id: input.documentId,
    permission: "read",
  });
  const project = stored.document.projects[input.index];
  if (!project) {
    throw new JixiaoError("not_found", `project ${input.index} not in ${input.documentId}`, {
      userMessage: `该文档没有第 ${input.index + 1} 个项目（共 ${stored.document.projects.length} 个）`,
    });
  }
  return { record: stored.record, index: input.index, project };
}
