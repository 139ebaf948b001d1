import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { checkInRegion } from "../../use-cases/check-in-region.ts";
import { idParams } from "../schemas.ts";

export const checkOutcomeSchema = z.object({
  report: z
    .object({ pack: z.object({ id: z.string(), name: z.string() }), findings: z.array(z.unknown()) })
    .passthrough(),
  errors: z.array(z.string()),
});

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/check",
  summary: "按规则包审核文档（机器审核）/ run the checks",
  tags: ["审核"],
  params: idParams,
  response: { 200: checkOutcomeSchema },
  handler: async ({ services, principal, params }) => {
    const stored = await loadAuthorizedDocument({
      db: services.database.db,
      principal,
      id: params.id,
      permission: "read",
    });
    return checkInRegion({ db: services.database.db, regionId: principal.regionId, document: stored.document });
  },
});
