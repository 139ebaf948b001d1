import { availableActions, isEditable, isWorkflowState, STATE_LABELS, type WorkflowAction } from "@jixiao/core";
import type { DocumentRecord } from "@jixiao/db";
import { z } from "zod";
import type { Principal } from "../auth/principal.ts";
import { authorize, can } from "../auth/scope.ts";

/** How a document record looks in the API. */
export const documentSummarySchema = z.object({
  id: z.string(),
  departmentId: z.string().nullable(),
  unitId: z.string().nullable(),
  year: z.number().nullable(),
  kind: z.string(),
  title: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  version: z.number(),
  amountUnit: z.string(),
  relatesToDocumentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Workflow actions this user may take now. */
  actions: z.array(z.string()),
  /** Whether this user may edit the content now. */
  editable: z.boolean(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export function presentDocument(record: DocumentRecord, principal: Principal): DocumentSummary {
  const state = isWorkflowState(record.state) ? record.state : "draft";
  const actions: WorkflowAction[] = availableActions({ state, role: principal.role }).filter((a) => {
    try {
      authorize(principal, a === "submit" ? "edit" : "review", record);
      return true;
    } catch {
      return false;
    }
  });
  return {
    id: record.id,
    departmentId: record.departmentId,
    unitId: record.unitId,
    year: record.year,
    kind: record.kind,
    title: record.title,
    state: record.state,
    stateLabel: isWorkflowState(record.state) ? STATE_LABELS[record.state] : record.state,
    version: record.version,
    amountUnit: record.amountUnit,
    relatesToDocumentId: record.relatesToDocumentId,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    actions,
    editable: can(principal, "edit", record) && isEditable(state),
  };
}
