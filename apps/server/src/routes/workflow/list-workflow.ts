import { isWorkflowState, STATE_LABELS } from "@jixiao/core";
import { listWorkflowEvents, type WorkflowEvent } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { idParams } from "../schemas.ts";

export const workflowEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  fromState: z.string(),
  fromLabel: z.string(),
  toState: z.string(),
  toLabel: z.string(),
  documentVersion: z.number(),
  userId: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});

const label = (s: string) => (isWorkflowState(s) ? STATE_LABELS[s] : s);

export function presentEvent(e: WorkflowEvent): z.infer<typeof workflowEventSchema> {
  return {
    id: e.id,
    action: e.action,
    fromState: e.fromState,
    fromLabel: label(e.fromState),
    toState: e.toState,
    toLabel: label(e.toState),
    documentVersion: e.documentVersion,
    userId: e.userId,
    comment: e.comment,
    createdAt: e.createdAt.toISOString(),
  };
}

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/workflow",
  summary: "审核流程记录（谁、何时、从何状态到何状态、意见）/ workflow history",
  tags: ["审核流程"],
  params: idParams,
  response: { 200: z.object({ state: z.string(), stateLabel: z.string(), events: z.array(workflowEventSchema) }) },
  handler: async ({ services, principal, params }) => {
    const db = services.database.db;
    const stored = await loadAuthorizedDocument({ db, principal, id: params.id, permission: "read" });
    const events = await listWorkflowEvents(db, { regionId: principal.regionId, documentId: params.id });
    return { state: stored.record.state, stateLabel: label(stored.record.state), events: events.map(presentEvent) };
  },
});
