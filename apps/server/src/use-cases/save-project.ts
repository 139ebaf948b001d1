import { type Indicator, JixiaoError, type Project } from "@jixiao/core";
import { type Database, saveDocument } from "@jixiao/db";
import { assertEditable, loadAuthorizedDocument, writeWhileEditable } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import type { ProjectView } from "./get-project.ts";

export interface SaveProjectInput {
  database: Database;
  principal: Principal;
  documentId: string;
  index: number;
  expectedVersion: number;
  /** The whole project, or one indicator row of it. */
  change: { project: Project } | { indicatorIndex: number; indicator: Indicator };
}

/**
 * Saves one project (or one indicator row) as a new version of its document. The version check is the document's:
 * of two users saving from the same version exactly one wins, the other gets 409 with the current document.
 */
export async function saveProject(input: SaveProjectInput): Promise<ProjectView> {
  const stored = await loadAuthorizedDocument({
    db: input.database.db,
    principal: input.principal,
    id: input.documentId,
    permission: "edit",
  });
  assertEditable(stored.record);
  const projects = [...stored.document.projects];
  const current = projects[input.index];
  if (!current) {
    throw new JixiaoError("not_found", `project ${input.index} not in ${input.documentId}`, {
      userMessage: `该文档没有第 ${input.index + 1} 个项目`,
    });
  }
  let next: Project;
  if ("project" in input.change) next = input.change.project;
  else {
    const { indicatorIndex, indicator } = input.change;
    if (!current.indicators[indicatorIndex]) {
      throw new JixiaoError("not_found", `indicator ${indicatorIndex} not in project ${input.index}`, {
        userMessage: `该项目没有第 ${indicatorIndex + 1} 行指标`,
      });
    }
    const indicators = [...current.indicators];
    indicators[indicatorIndex] = indicator;
    next = { ...current, indicators };
  }
  projects[input.index] = next;
  // saveDocument re-checks the version under a row lock: the earlier read only decides what to write.
  const saved = await writeWhileEditable(input.database, (tx) =>
    saveDocument(tx, {
      regionId: input.principal.regionId,
      id: input.documentId,
      expectedVersion: input.expectedVersion,
      document: { ...stored.document, projects },
      userId: input.principal.userId,
    }),
  );
  return { record: saved.record, index: input.index, project: next };
}
