import { JixiaoError, type PerformanceDocument, parseDocument } from "@jixiao/core";
import { and, asc, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { documents, documentVersions } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";
import { directStatement, runDirect } from "./direct-statement.ts";
import { assertDocumentReferences } from "./document-references.ts";
import { rebuildContent } from "./rebuild-content.ts";
import { notFound } from "./regions.ts";

export type DocumentRecord = typeof documents.$inferSelect;
export interface StoredDocument {
  record: DocumentRecord;
  document: PerformanceDocument;
}
export interface VersionInfo {
  version: number;
  reason: string;
  restoredFrom: number | null;
  userId: string | null;
  createdAt: Date;
}

export interface CreateDocumentOptions {
  regionId: string;
  document: PerformanceDocument;
  userId?: string | null;
  departmentId?: string | null;
  unitId?: string | null;
  sourceFileId?: string | null;
  relatesToDocumentId?: string | null;
  /** Why version 1 exists: "create" (default) or "import". */
  reason?: "create" | "import";
}

/** Stores a new document as version 1, with its normalised rows and an audit entry, in one transaction. */
export async function createDocument(db: Db, options: CreateDocumentOptions): Promise<StoredDocument> {
  const document = parseDocument(options.document);
  return db.transaction(async (tx) => {
    // Foreign keys alone would let a document of one region point into another.
    await assertDocumentReferences(tx, options);
    const [record] = await tx
      .insert(documents)
      .values({
        regionId: options.regionId,
        departmentId: options.departmentId ?? null,
        unitId: options.unitId ?? null,
        year: document.year,
        kind: document.kind,
        title: document.title,
        amountUnit: document.amountUnit,
        sourceFileId: options.sourceFileId ?? null,
        relatesToDocumentId: options.relatesToDocumentId ?? null,
        createdBy: options.userId ?? null,
        updatedBy: options.userId ?? null,
      })
      .returning();
    if (!record) throw new Error("insert returned nothing");
    await tx.insert(documentVersions).values({
      regionId: options.regionId,
      documentId: record.id,
      version: 1,
      body: document,
      reason: options.reason ?? "create",
      userId: options.userId ?? null,
    });
    await rebuildContent(tx, contextOf(record), document);
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "document",
      entityId: record.id,
      action: options.reason ?? "create",
      before: null,
      after: record,
    });
    return { record, document };
  });
}

/**
 * The hot reads of a document, built once per database handle: `getDocument` as a Drizzle prepared statement (no
 * SQL building per call), `getDocumentProject` as a direct named statement (see direct-statement.ts).
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepareDocumentReads>>();

function prepareDocumentReads(db: Db) {
  const project = documentProjectQuery(db);
  return {
    document: db
      .select({ record: documents, body: documentVersions.body })
      .from(documents)
      .innerJoin(documentVersions, currentVersion())
      .where(liveDocumentById())
      .prepare("jixiao_get_document"),
    project: project.prepare("jixiao_get_document_project"),
    projectDirect: directStatement("jixiao_document_project", project),
  };
}

function documentReads(db: Db): ReturnType<typeof prepareDocumentReads> {
  let reads = prepared.get(db);
  if (!reads) {
    reads = prepareDocumentReads(db);
    prepared.set(db, reads);
  }
  return reads;
}

/** The current version of a document (null when missing, deleted or of another region). */
export async function getDocument(db: Db, options: { regionId: string; id: string }): Promise<StoredDocument | null> {
  const [row] = await documentReads(db).document.execute(options);
  return row ? { record: row.record, document: row.body } : null;
}

/** What authorizing a read needs of a document: its organisation, version and state. */
export interface DocumentHead {
  id: string;
  regionId: string;
  departmentId: string | null;
  unitId: string | null;
  version: number;
  state: string;
}

export interface DocumentProject {
  head: DocumentHead;
  projectCount: number;
  /** The project of the current version as JSON text (PostgreSQL's rendering of the stored jsonb); null past the end. */
  projectJson: string | null;
}

/** Selected under the column names themselves, so Drizzle's rows and the driver's rows look the same. */
function documentProjectQuery(db: Db) {
  const projectsOf = sql`${documentVersions.body}->'projects'`;
  return db
    .select({
      id: documents.id,
      region_id: documents.regionId,
      department_id: documents.departmentId,
      unit_id: documents.unitId,
      version: documents.version,
      state: documents.state,
      project_count: sql<number>`coalesce(jsonb_array_length(${projectsOf}), 0)`.as("project_count"),
      project_json: sql<string | null>`(${projectsOf}->(${sql.placeholder("index")}::int))::text`.as("project_json"),
    })
    .from(documents)
    .innerJoin(documentVersions, currentVersion())
    .where(liveDocumentById());
}

/** The version row that is the document's current one. */
function currentVersion() {
  return and(eq(documentVersions.documentId, documents.id), eq(documentVersions.version, documents.version));
}

/** A document of the region by id, not deleted (placeholders `regionId`, `id`). */
function liveDocumentById() {
  return and(
    eq(documents.regionId, sql.placeholder("regionId")),
    eq(documents.id, sql.placeholder("id")),
    isNull(documents.deletedAt),
  );
}

type DocumentProjectRow = Awaited<ReturnType<ReturnType<typeof documentProjectQuery>["execute"]>>[number];

/**
 * One project of a document's current version, cut out of the stored jsonb by the database, so neither side parses
 * and re-serialises the whole document: one round trip, one small row (null when the document is missing, deleted
 * or of another region).
 */
export async function getDocumentProject(
  db: Db,
  options: { regionId: string; id: string; index: number },
): Promise<DocumentProject | null> {
  const reads = documentReads(db);
  const rows =
    (await runDirect<DocumentProjectRow>(db, reads.projectDirect, options)) ?? (await reads.project.execute(options));
  const row = rows[0];
  if (!row) return null;
  return {
    head: {
      id: row.id,
      regionId: row.region_id,
      departmentId: row.department_id,
      unitId: row.unit_id,
      version: row.version,
      state: row.state,
    },
    projectCount: row.project_count,
    projectJson: row.project_json,
  };
}

/** The SQL text `getDocumentProject` sends and the order of its parameters, for benches that run it bare. */
export function documentProjectStatement(db: Db): { text: string; order: string[] } {
  const { text, order } = documentReads(db).projectDirect;
  return { text, order };
}

export interface ListDocumentsOptions {
  regionId: string;
  year?: number;
  departmentId?: string;
  unitId?: string;
  state?: string;
  kind?: string;
  limit?: number;
  offset?: number;
}

/** Document records (without bodies), newest change first, with the total for paging. */
export async function listDocuments(
  db: Db,
  options: ListDocumentsOptions,
): Promise<{ items: DocumentRecord[]; total: number }> {
  const where: SQL[] = [eq(documents.regionId, options.regionId), isNull(documents.deletedAt)];
  if (options.year !== undefined) where.push(eq(documents.year, options.year));
  if (options.departmentId) where.push(eq(documents.departmentId, options.departmentId));
  if (options.unitId) where.push(eq(documents.unitId, options.unitId));
  if (options.state) where.push(eq(documents.state, options.state));
  if (options.kind) where.push(eq(documents.kind, options.kind));
  const items = await db
    .select()
    .from(documents)
    .where(and(...where))
    .orderBy(desc(documents.updatedAt), asc(documents.id))
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
  const [totalRow] = await db
    .select({ n: count() })
    .from(documents)
    .where(and(...where));
  return { items, total: Number(totalRow?.n ?? 0) };
}

export interface SaveDocumentOptions {
  regionId: string;
  id: string;
  /** The version the editor started from; the save fails with "conflict" if someone saved since. */
  expectedVersion: number;
  document: PerformanceDocument;
  userId?: string | null;
}

/**
 * Saves a new version: UPDATE … WHERE version = expectedVersion, so of two editors starting from the same version
 * only the first wins; the second gets JixiaoError "conflict" with `details.currentVersion` and `details.document`.
 */
export async function saveDocument(db: Db, options: SaveDocumentOptions): Promise<StoredDocument> {
  const document = parseDocument(options.document);
  return db.transaction((tx) => writeVersion(tx, { ...options, document, reason: "save", restoredFrom: null }));
}

/** Earlier versions, newest first (without bodies; get one with `getDocumentVersion`). */
export async function listVersions(db: Db, options: { regionId: string; id: string }): Promise<VersionInfo[]> {
  return db
    .select({
      version: documentVersions.version,
      reason: documentVersions.reason,
      restoredFrom: documentVersions.restoredFrom,
      userId: documentVersions.userId,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(and(eq(documentVersions.regionId, options.regionId), eq(documentVersions.documentId, options.id)))
    .orderBy(desc(documentVersions.version));
}

export async function getDocumentVersion(
  db: Db,
  options: { regionId: string; id: string; version: number },
): Promise<PerformanceDocument | null> {
  const [row] = await db
    .select({ body: documentVersions.body })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.regionId, options.regionId),
        eq(documentVersions.documentId, options.id),
        eq(documentVersions.version, options.version),
      ),
    );
  return row?.body ?? null;
}

/** Makes an earlier version current again by saving it as a NEW version (history is never rewritten). */
export async function restoreVersion(
  db: Db,
  options: { regionId: string; id: string; version: number; expectedVersion: number; userId?: string | null },
): Promise<StoredDocument> {
  return db.transaction(async (tx) => {
    const body = await getDocumentVersion(tx, options);
    if (!body) throw notFound("document version", `${options.id}@${options.version}`);
    return writeVersion(tx, { ...options, document: body, reason: "restore", restoredFrom: options.version });
  });
}

/** Soft delete: the document disappears from lists, its versions stay. */
export async function deleteDocument(
  db: Db,
  options: { regionId: string; id: string; expectedVersion: number; userId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockCurrent(tx, options);
    const [after] = await tx
      .update(documents)
      .set({ deletedAt: new Date(), updatedBy: options.userId ?? null, updatedAt: new Date() })
      .where(and(eq(documents.id, options.id), eq(documents.version, options.expectedVersion)))
      .returning();
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "document",
      entityId: options.id,
      action: "delete",
      before,
      after,
    });
  });
}

interface WriteVersionOptions extends SaveDocumentOptions {
  reason: "save" | "restore";
  restoredFrom: number | null;
}

async function writeVersion(tx: Db, options: WriteVersionOptions): Promise<StoredDocument> {
  const before = await lockCurrent(tx, options);
  const document = options.document;
  const [record] = await tx
    .update(documents)
    .set({
      version: options.expectedVersion + 1,
      year: document.year,
      kind: document.kind,
      title: document.title,
      amountUnit: document.amountUnit,
      updatedBy: options.userId ?? null,
      updatedAt: new Date(),
    })
    .where(and(eq(documents.id, options.id), eq(documents.version, options.expectedVersion)))
    .returning();
  if (!record) throw new Error("version changed under a row lock");
  await tx.insert(documentVersions).values({
    regionId: options.regionId,
    documentId: options.id,
    version: record.version,
    body: document,
    reason: options.reason,
    restoredFrom: options.restoredFrom,
    userId: options.userId ?? null,
  });
  await rebuildContent(tx, contextOf(record), document);
  // The full bodies before and after are document_versions `before.version` and `after.version`.
  await writeAudit(tx, {
    regionId: options.regionId,
    userId: options.userId,
    entity: "document",
    entityId: options.id,
    action: options.reason,
    before,
    after: record,
  });
  return { record, document };
}

/**
 * Locks the document row and checks the expected version. Throws not_found, or conflict carrying the current
 * version and document so the client can show what changed.
 */
async function lockCurrent(
  tx: Db,
  options: { regionId: string; id: string; expectedVersion: number },
): Promise<DocumentRecord> {
  const [current] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.regionId, options.regionId), eq(documents.id, options.id), isNull(documents.deletedAt)))
    .for("update");
  if (!current) throw notFound("document", options.id);
  if (current.version !== options.expectedVersion) {
    const document = await getDocumentVersion(tx, { ...options, version: current.version });
    throw new JixiaoError(
      "conflict",
      `document ${options.id} is at version ${current.version}, not ${options.expectedVersion}`,
      {
        userMessage: `保存失败：该文档已被他人修改（当前版本 ${current.version}，您编辑的是版本 ${options.expectedVersion}）。请刷新后重新修改。`,
        details: { currentVersion: current.version, document, record: current },
      },
    );
  }
  return current;
}

function contextOf(record: DocumentRecord) {
  return { regionId: record.regionId, documentId: record.id, departmentId: record.departmentId, year: record.year };
}
