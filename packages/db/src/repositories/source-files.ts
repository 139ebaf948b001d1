import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../database.ts";
import { sourceFiles } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";

export type SourceFile = typeof sourceFiles.$inferSelect;
export type SourceFileInfo = Omit<SourceFile, "bytes">;

export interface SaveSourceFileOptions {
  regionId: string;
  fileName: string;
  bytes: Uint8Array;
  mediaType?: string | null;
  userId?: string | null;
}

/** Keeps an uploaded file as it came, with its SHA-256. */
export async function saveSourceFile(db: Db, options: SaveSourceFileOptions): Promise<SourceFileInfo> {
  return db.transaction(async (tx) => {
    const sha256 = createHash("sha256").update(options.bytes).digest("hex");
    const [row] = await tx
      .insert(sourceFiles)
      .values({
        regionId: options.regionId,
        fileName: options.fileName,
        mediaType: options.mediaType ?? null,
        size: options.bytes.byteLength,
        sha256,
        bytes: options.bytes,
        uploadedBy: options.userId ?? null,
      })
      .returning({ id: sourceFiles.id });
    if (!row) throw new Error("insert returned nothing");
    const info = await getSourceFileInfo(tx, { regionId: options.regionId, id: row.id });
    if (!info) throw new Error("inserted file not found");
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "source_file",
      entityId: row.id,
      action: "create",
      before: null,
      after: info,
    });
    return info;
  });
}

export async function getSourceFile(db: Db, options: { regionId: string; id: string }): Promise<SourceFile | null> {
  const [row] = await db
    .select()
    .from(sourceFiles)
    .where(and(eq(sourceFiles.regionId, options.regionId), eq(sourceFiles.id, options.id)));
  return row ?? null;
}

const infoColumns = {
  id: sourceFiles.id,
  regionId: sourceFiles.regionId,
  fileName: sourceFiles.fileName,
  mediaType: sourceFiles.mediaType,
  size: sourceFiles.size,
  sha256: sourceFiles.sha256,
  uploadedBy: sourceFiles.uploadedBy,
  createdAt: sourceFiles.createdAt,
};

export async function getSourceFileInfo(
  db: Db,
  options: { regionId: string; id: string },
): Promise<SourceFileInfo | null> {
  const [row] = await db
    .select(infoColumns)
    .from(sourceFiles)
    .where(and(eq(sourceFiles.regionId, options.regionId), eq(sourceFiles.id, options.id)));
  return row ?? null;
}

export async function listSourceFiles(
  db: Db,
  options: { regionId: string; limit?: number; offset?: number },
): Promise<SourceFileInfo[]> {
  return db
    .select(infoColumns)
    .from(sourceFiles)
    .where(eq(sourceFiles.regionId, options.regionId))
    .orderBy(desc(sourceFiles.createdAt))
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
}
