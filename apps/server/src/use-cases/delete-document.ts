import { JixiaoError } from "@jixiao/core";
import { type Db, deleteDocument, lockDocument } from "@jixiao/db";
import { assertEditable } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import { authorize } from "../auth/scope.ts";

/**
 * Soft delete (its versions stay); only drafts and returned documents, by someone who may edit them. The state is
 * judged on the locked row, so a submit landing at the same moment cannot be deleted.
 */
export async function deleteStoredDocument(input: {
  db: Db;
  principal: Principal;
  id: string;
  expectedVersion: number;
}): Promise<void> {
  const { principal } = input;
  await input.db.transaction(async (tx) => {
    const record = await lockDocument(tx, { regionId: principal.regionId, id: input.id });
    if (!record)
      throw new JixiaoError("not_found", `document ${input.id} not found`, { userMessage: "没有找到该文档" });
    authorize(principal, "edit", record);
    assertEditable(record);
    await deleteDocument(tx, {
      regionId: principal.regionId,
      id: input.id,
      expectedVersion: input.expectedVersion,
      userId: principal.userId,
    });
  });
}
