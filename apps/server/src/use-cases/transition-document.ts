import { decideTransition, isWorkflowState, JixiaoError, type WorkflowAction } from "@jixiao/core";
import {
  addReviewComment,
  type Database,
  type DocumentRecord,
  transitionDocument,
  type WorkflowEvent,
} from "@jixiao/db";
import { loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import { authorizeAction } from "../auth/scope.ts";
import { assertRowPaths } from "./assert-row-paths.ts";
import { checkInRegion } from "./check-in-region.ts";

export interface RowComment {
  /** `projects[2].indicators[0]`, `evaluation.indicators[3]` … */
  path: string;
  body: string;
}

export interface TransitionInput {
  database: Database;
  principal: Principal;
  id: string;
  action: WorkflowAction;
  comment?: string | null;
  /** Comments on single indicator rows, stored with the move (a return usually carries some). */
  rowComments?: RowComment[];
  /** The content version the reviewer looked at; a newer save makes the move fail with 409. */
  expectedVersion?: number;
}

/**
 * One workflow move: role and organisation scope, the state machine (packages/core/src/workflow), the checks for
 * submitting and publishing, then the move with its comments recorded in one transaction.
 */
export async function transitionStoredDocument(
  input: TransitionInput,
): Promise<{ record: DocumentRecord; event: WorkflowEvent }> {
  const { principal, database } = input;
  const stored = await loadAuthorizedDocument({ db: database.db, principal, id: input.id, permission: "read" });
  authorizeAction(principal, input.action, stored.record);
  const state = stored.record.state;
  if (!isWorkflowState(state)) {
    throw new JixiaoError("workflow", `unknown state ${state}`, { userMessage: `文档状态“${state}”无法识别` });
  }
  const rule = decideTransition({
    state,
    action: input.action,
    role: principal.role,
    comment: input.comment ?? (input.rowComments?.length ? "见逐条意见" : null),
    checkErrors: (await checkInRegion({ db: database.db, regionId: principal.regionId, document: stored.document }))
      .errors,
  });
  assertRowPaths(
    stored.document,
    (input.rowComments ?? []).map((c) => c.path),
  );
  return database.transaction(async (tx) => {
    for (const c of input.rowComments ?? []) {
      await addReviewComment(tx, {
        regionId: principal.regionId,
        documentId: input.id,
        path: c.path,
        body: c.body,
        authorId: principal.userId,
      });
    }
    if (input.comment?.trim()) {
      await addReviewComment(tx, {
        regionId: principal.regionId,
        documentId: input.id,
        body: input.comment.trim(),
        authorId: principal.userId,
      });
    }
    return transitionDocument(tx, {
      regionId: principal.regionId,
      id: input.id,
      from: rule.from,
      to: rule.to,
      action: rule.action,
      userId: principal.userId,
      comment: input.comment ?? null,
      expectedVersion: input.expectedVersion ?? stored.record.version,
    });
  });
}
