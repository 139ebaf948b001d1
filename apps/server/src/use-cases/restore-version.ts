import { type Database, restoreVersion, type StoredDocument } from "@jixiao/db";
import { assertEditable, loadAuthorizedDocument, writeWhileEditable } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";

/** Makes an earlier version current by saving it as a new version; history is never rewritten. */
export async function restoreDocumentVersion(input: {
  database: Database;
  principal: Principal;
  id: string;
  version: number;
  expectedVersion: number;
}): Promise<StoredDocument> {
  const stored = await loadAuthorizedDocument({
    db: input.database.db,
    principal: input.principal,
    id: input.id,
    permission: "edit",
  });
  assertEditable(stored.record);
  return writeWhileEditable(input.database, (tx) =>
    restoreVersion(tx, {
      regionId: input.principal.regionId,
      id: input.id,
      version: input.version,
      expectedVersion: input.expectedVersion,
      userId: input.principal.userId,
    }),
  );
}
