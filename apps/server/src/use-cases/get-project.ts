import { JixiaoError, type Project } from "@jixiao/core";
import { type Db, type DocumentHead, type DocumentRecord, getDocumentProject } from "@jixiao/db";
import type { Principal } from "../auth/principal.ts";
import { authorize } from "../auth/scope.ts";

/** A project as the write paths return it (parsed, with the document's record). */
export interface ProjectView {
  record: DocumentRecord;
  index: number;
  project: Project;
}

/** A project as the read path returns it: the document's head and the project's JSON text, straight from the database. */
export interface ProjectJsonView {
  head: DocumentHead;
  index: number;
  projectJson: string;
}

/**
 * One project of a document, with its indicators, as of the document's current version: one query, then the same
 * role × organisation check as every document read (`authorize(…, "read", …)`).
 */
export async function getProject(input: {
  db: Db;
  principal: Principal;
  documentId: string;
  index: number;
}): Promise<ProjectJsonView> {
  const found = await getDocumentProject(input.db, {
    regionId: input.principal.regionId,
    id: input.documentId,
    index: input.index,
  });
  if (!found) {
    throw new JixiaoError("not_found", `document ${input.documentId} not found`, { userMessage: "没有找到该文档" });
  }
  authorize(input.principal, "read", found.head);
  if (found.projectJson === null) {
    throw new JixiaoError("not_found", `project ${input.index} not in ${input.documentId}`, {
      userMessage: `该文档没有第 ${input.index + 1} 个项目（共 ${found.projectCount} 个）`,
    });
  }
  return { head: found.head, index: input.index, projectJson: found.projectJson };
}
