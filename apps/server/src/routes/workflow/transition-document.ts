import { STATE_LABELS, WORKFLOW_ACTIONS } from "@jixiao/core";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { documentSummarySchema, presentDocument } from "../../presenters/document.ts";
import { transitionStoredDocument } from "../../use-cases/transition-document.ts";
import { errorSchema, idParams, versionField } from "../schemas.ts";
import { presentEvent, workflowEventSchema } from "./list-workflow.ts";

export default defineRoute({
  method: "POST",
  url: "/api/documents/:id/transitions",
  summary: `审核流程操作：${WORKFLOW_ACTIONS.join(" / ")}（${Object.values(STATE_LABELS).join(" → ")}）；退回须附意见，可逐行附意见 / workflow action`,
  tags: ["审核流程"],
  params: idParams,
  body: z
    .object({
      action: z.enum(WORKFLOW_ACTIONS),
      comment: z.string().trim().max(5000).nullable().optional(),
      rowComments: z
        .array(z.object({ path: z.string().max(200), body: z.string().trim().min(1).max(5000) }).strict())
        .max(500)
        .optional(),
      version: versionField.optional(),
    })
    .strict(),
  response: {
    200: z.object({ record: documentSummarySchema, event: workflowEventSchema }),
    409: errorSchema,
    422: errorSchema,
  },
  handler: async ({ services, principal, params, body }) => {
    const { record, event } = await transitionStoredDocument({
      database: services.database,
      principal,
      id: params.id,
      action: body.action,
      comment: body.comment ?? null,
      rowComments: body.rowComments ?? [],
      ...(body.version === undefined ? {} : { expectedVersion: body.version }),
    });
    return { record: presentDocument(record, principal), event: presentEvent(event) };
  },
});
