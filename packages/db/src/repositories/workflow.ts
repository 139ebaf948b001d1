import { isWorkflowState, JixiaoError, type WorkflowState } from "@jixiao/core";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents, workflowEvents } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";
import type { DocumentRecord } from "./documents.ts";
import { notFound } from "./regions.ts";

export type WorkflowEvent = typeof workflowEvents.$inferSelect;

export interface TransitionDocumentOptions {
  regionId: string;
  id: string;
  /** The state the caller saw; the move fails with "conflict" if the document is no longer in it. */
  from: WorkflowState;
  to: WorkflowState;
  /** submit | approve | return | publish …, as the server names its actions. */
  action: string;
  userId?: string | null;
  comment?: string | null;
  /** When given, the content version the reviewer looked at must still be current. */
  expectedVersion?: number;
}

/**
 * Stores a workflow move (whether it is allowed is the server's rule): the new state, a workflow event (who, when,
 * from, to, comment) and an audit entry, in one transaction. The content version does not change.
 */
export async function transitionDocument(
  db: Db,
  options: TransitionDocumentOptions,
): Promise<{ record: DocumentRecord; event: WorkflowEvent }> {
  if (!isWorkflowState(options.from) || !isWorkflowState(options.to)) {
    throw new JixiaoError("validation", `unknown state ${options.from} → ${options.to}`, {
      userMessage: "未知的流程状态。",
    });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.regionId, options.regionId), eq(documents.id, options.id), isNull(documents.deletedAt)))
      .for("update");
    if (!before) throw notFound("document", options.id);
    const stale =
      before.state !== options.from ||
      (options.expectedVersion !== undefined && before.version !== options.expectedVersion);
    if (stale) {
      throw new JixiaoError("conflict", `document ${options.id} is ${before.state} v${before.version}`, {
        userMessage: "该文档的状态或内容已被他人改变，请刷新后重试。",
        details: { currentState: before.state, currentVersion: before.version, record: before },
      });
    }
    const [record] = await tx
      .update(documents)
      .set({ state: options.to, updatedBy: options.userId ?? null, updatedAt: new Date() })
      .where(and(eq(documents.id, options.id), eq(documents.state, options.from)))
      .returning();
    if (!record) throw new Error("state changed under a row lock");
    const [event] = await tx
      .insert(workflowEvents)
      .values({
        regionId: options.regionId,
        documentId: options.id,
        action: options.action,
        fromState: options.from,
        toState: options.to,
        documentVersion: record.version,
        userId: options.userId ?? null,
        comment: options.comment ?? null,
      })
      .returning();
    if (!event) throw new Error("insert returned nothing");
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "document",
      entityId: options.id,
      action: `workflow:${options.action}`,
      before,
      after: record,
    });
    return { record, event };
  });
}

/** The history of a document's workflow, oldest first. */
export async function listWorkflowEvents(
  db: Db,
  options: { regionId: string; documentId: string },
): Promise<WorkflowEvent[]> {
  return db
    .select()
    .from(workflowEvents)
    .where(and(eq(workflowEvents.regionId, options.regionId), eq(workflowEvents.documentId, options.documentId)))
    .orderBy(asc(workflowEvents.createdAt), asc(workflowEvents.id));
}
