import { type Db, deleteDocument } from "@jixiao/db";
import { assertEditable, loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";

/** Soft delete (its versions stay); only drafts and returned documents, by someone who may edit them. */
export async function deleteStoredDocument(input: {
  db: Db;
  principal: Principal;
  id: string;
  expectedVersion: number;
}): Promise<void> {
  const stored = await loadAuthorizedDocument({
    db: input.db,
    principal: input.principal,
    id: input.id,
    permission: "edit",
  });
  assertEditable(stored.record);
  await deleteDocument(input.db, {
    regionId: input.principal.regionId,
    id: input.id,
    expectedVersion: input.expectedVersion,
    userId: input.principal.userId,
  });
}
