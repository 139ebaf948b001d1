import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../database.ts";
import { auditLog } from "../schema/index.ts";

export type AuditEntry = typeof auditLog.$inferSelect;

export interface WriteAuditOptions {
  regionId: string;
  userId: string | null | undefined;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit entry. Call it with the transaction that makes the change, so both commit or neither. */
export async function writeAudit(tx: Db, options: WriteAuditOptions): Promise<void> {
  await tx.insert(auditLog).values({
    regionId: options.regionId,
    userId: options.userId ?? null,
    entity: options.entity,
    entityId: options.entityId,
    action: options.action,
    before: toJson(options.before),
    after: toJson(options.after),
  });
}

/** Newest first. */
export async function listAudit(
  db: Db,
  options: { regionId: string; entity?: string; entityId?: string; limit?: number; offset?: number },
): Promise<AuditEntry[]> {
  const where = [eq(auditLog.regionId, options.regionId)];
  if (options.entity) where.push(eq(auditLog.entity, options.entity));
  if (options.entityId) where.push(eq(auditLog.entityId, options.entityId));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0);
}

// Dates become ISO strings and undefined disappears, as they would through JSON.
function toJson(v: unknown): unknown {
  return v === undefined || v === null ? null : JSON.parse(JSON.stringify(v));
}
