import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents, reviewComments } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";
import { notFound } from "./regions.ts";

export type ReviewComment = typeof reviewComments.$inferSelect;

export interface AddReviewCommentOptions {
  regionId: string;
  documentId: string;
  body: string;
  /** null for the whole document; `projects[2].indicators[0]` for one indicator row. */
  path?: string | null;
  authorId?: string | null;
}

/** 审核意见, on the document's current version. */
export async function addReviewComment(db: Db, options: AddReviewCommentOptions): Promise<ReviewComment> {
  return db.transaction(async (tx) => {
    const [doc] = await tx
      .select({ version: documents.version })
      .from(documents)
      .where(
        and(
          eq(documents.regionId, options.regionId),
          eq(documents.id, options.documentId),
          isNull(documents.deletedAt),
        ),
      );
    if (!doc) throw notFound("document", options.documentId);
    const [row] = await tx
      .insert(reviewComments)
      .values({
        regionId: options.regionId,
        documentId: options.documentId,
        documentVersion: doc.version,
        path: options.path ?? null,
        body: options.body,
        authorId: options.authorId ?? null,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.authorId,
      entity: "review_comment",
      entityId: row.id,
      action: "create",
      before: null,
      after: row,
    });
    return row;
  });
}

/** Oldest first; `path` narrows to one indicator row, `unresolvedOnly` hides resolved ones. */
export async function listReviewComments(
  db: Db,
  options: { regionId: string; documentId: string; path?: string; unresolvedOnly?: boolean },
): Promise<ReviewComment[]> {
  const where = [eq(reviewComments.regionId, options.regionId), eq(reviewComments.documentId, options.documentId)];
  if (options.path !== undefined) where.push(eq(reviewComments.path, options.path));
  if (options.unresolvedOnly) where.push(isNull(reviewComments.resolvedAt));
  return db
    .select()
    .from(reviewComments)
    .where(and(...where))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

export async function resolveReviewComment(
  db: Db,
  options: { regionId: string; id: string; userId?: string | null },
): Promise<ReviewComment> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.regionId, options.regionId), eq(reviewComments.id, options.id)))
      .for("update");
    if (!before) throw notFound("review comment", options.id);
    const [row] = await tx
      .update(reviewComments)
      .set({ resolvedAt: new Date(), resolvedBy: options.userId ?? null })
      .where(eq(reviewComments.id, options.id))
      .returning();
    if (!row) throw new Error("update returned nothing");
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "review_comment",
      entityId: row.id,
      action: "resolve",
      before,
      after: row,
    });
    return row;
  });
}
