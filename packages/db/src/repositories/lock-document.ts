import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents } from "../schema/index.ts";
import type { DocumentRecord } from "./documents.ts";

/**
 * The live document row, locked (SELECT … FOR UPDATE) until the caller's transaction ends: a caller that decides on
 * the state (only drafts may be deleted) and then writes cannot be overtaken by a workflow move in between.
 * Null when missing, deleted or of another region.
 */
export async function lockDocument(db: Db, options: { regionId: string; id: string }): Promise<DocumentRecord | null> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.regionId, options.regionId), eq(documents.id, options.id), isNull(documents.deletedAt)))
    .for("update");
  return row ?? null;
}
