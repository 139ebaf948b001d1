import type { PerformanceDocument } from "@jixiao/core";
import { type Database, type StoredDocument, saveDocument } from "@jixiao/db";
import { assertEditable, loadAuthorizedDocument, writeWhileEditable } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";

/** Saves a whole document as a new version; a stale `expectedVersion` gets 409 and nothing is overwritten. */
export async function saveStoredDocument(input: {
  database: Database;
  principal: Principal;
  id: string;
  expectedVersion: number;
  document: PerformanceDocument;
}): Promise<StoredDocument> {
  const current = await loadAuthorizedDocument({
    db: input.database.db,
    principal: input.principal,
    id: input.id,
    permission: "edit",
  });
  assertEditable(current.record);
  return writeWhileEditable(input.database, (tx) =>
    saveDocument(tx, {
      regionId: input.principal.regionId,
      id: input.id,
      expectedVersion: input.expectedVersion,
      document: input.document,
      userId: input.principal.userId,
    }),
  );
}
