import { JixiaoError } from "@jixiao/core";
import { getDocumentVersion } from "@jixiao/db";
import { z } from "zod";
import { loadAuthorizedDocument } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { documentSchema, MAX_INT, uuid } from "../schemas.ts";

export const versionParams = z
  .object({ id: uuid, version: z.coerce.number().int().min(1).max(MAX_INT, "版本号过大") })
  .strict();

export default defineRoute({
  method: "GET",
  url: "/api/documents/:id/versions/:version",
  summary: "读取某个历史版本 / get one version",
  tags: ["历史版本"],
  params: versionParams,
  response: { 200: z.object({ version: z.number(), document: documentSchema }) },
  handler: async ({ services, principal, params }) => {
    const db = services.database.db;
    await loadAuthorizedDocument({ db, principal, id: params.id, permission: "read" });
    const document = await getDocumentVersion(db, { regionId: principal.regionId, ...params });
    if (!document) {
      throw new JixiaoError("not_found", `version ${params.version} missing`, {
        userMessage: `没有版本 ${params.version}`,
      });
    }
    return { version: params.version, document };
  },
});
