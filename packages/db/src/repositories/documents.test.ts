import { readFileSync } from "node:fs";
import { isJixiaoError, type PerformanceDocument } from "@jixiao/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { listAudit } from "./audit.ts";
import {
  createDocument,
  deleteDocument,
  getDocument,
  getDocumentProject,
  getDocumentVersion,
  listDocuments,
  listVersions,
  restoreVersion,
  saveDocument,
} from "./documents.ts";
import { listDocumentIndicators, listProjects } from "./projects.ts";
import { createRegion } from "./regions.ts";

const db = useTestDatabase();
let database: Database;
let regionId: string;
let otherRegionId: string;

beforeAll(async () => {
  database = db();
  regionId = (await createRegion(database.db, { code: "130202", name: "唐山市路南区" })).id;
  otherRegionId = (await createRegion(database.db, { code: "420100", name: "武汉市" })).id;
});

async function errorOf(p: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  try {
    await p;
  } catch (e) {
    if (isJixiaoError(e)) return { code: e.code, details: e.details };
    throw e;
  }
  throw new Error("expected an error");
}

describe("documents repository", () => {
  it("stores a document as version 1 with queryable project and indicator rows, money exact", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument() });
    expect(record.version).toBe(1);
    expect(record.state).toBe("draft");
    const stored = await getDocument(database.db, { regionId, id: record.id });
    expect(stored?.document).toEqual(sampleDocument());
    const projects = await listProjects(database.db, { regionId, documentId: record.id });
    expect(projects.map((p) => p.name)).toEqual(["科技创新项目1", "科技创新项目2"]);
    expect(projects[0]?.budgetTotal).toBe("708.44");
    expect(projects[0]?.budgetTotalYuan).toBe("7084400");
    expect(projects[0]?.budgetFiscal).toBe("96.62");
    const [sum] = await queryRows<{ total: string; n: number }>(
      database.db,
      sql`select sum(budget_total)::text as total, count(*)::int as n from projects where document_id = ${record.id}`,
    );
    expect(sum).toEqual({ total: "1416.88", n: 2 });
    const rows = await listDocumentIndicators(database.db, { regionId, documentId: record.id });
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ targetOp: ">=", targetValue: "60", targetUnit: "家", targetKind: "quantitative" });
  });

  it("saves a new version only from the current one; a stale save is a conflict carrying the current document", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument() });
    const edited = sampleDocument({ projects: 1, title: "修改后" });
    const saved = await saveDocument(database.db, { regionId, id: record.id, expectedVersion: 1, document: edited });
    expect(saved.record.version).toBe(2);
    expect((await listProjects(database.db, { regionId, documentId: record.id })).length).toBe(1);
    const err = await errorOf(
      saveDocument(database.db, { regionId, id: record.id, expectedVersion: 1, document: sampleDocument() }),
    );
    expect(err.code).toBe("conflict");
    const details = err.details as { currentVersion: number; document: PerformanceDocument };
    expect(details.currentVersion).toBe(2);
    expect(details.document.title).toBe("修改后");
    expect((await getDocument(database.db, { regionId, id: record.id }))?.document.title).toBe("修改后");
  });

  it("of two simultaneous saves from the same version exactly one wins", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument() });
    const results = await Promise.allSettled(
      ["甲", "乙"].map((title) =>
        saveDocument(database.db, { regionId, id: record.id, expectedVersion: 1, document: sampleDocument({ title }) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected && isJixiaoError(rejected.reason) && rejected.reason.code).toBe("conflict");
    expect((await listVersions(database.db, { regionId, id: record.id })).map((v) => v.version)).toEqual([2, 1]);
  });

  it("lists earlier versions and restores one as a new version, with audit entries for each change", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument({ title: "一" }) });
    await saveDocument(database.db, {
      regionId,
      id: record.id,
      expectedVersion: 1,
      document: sampleDocument({ title: "二" }),
      userId: null,
    });
    const versions = await listVersions(database.db, { regionId, id: record.id });
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [2, "save"],
      [1, "create"],
    ]);
    expect((await getDocumentVersion(database.db, { regionId, id: record.id, version: 1 }))?.title).toBe("一");
    const restored = await restoreVersion(database.db, { regionId, id: record.id, version: 1, expectedVersion: 2 });
    expect(restored.record.version).toBe(3);
    expect(restored.document.title).toBe("一");
    expect((await listVersions(database.db, { regionId, id: record.id }))[0]).toMatchObject({
      version: 3,
      reason: "restore",
      restoredFrom: 1,
    });
    const audit = await listAudit(database.db, { regionId, entity: "document", entityId: record.id });
    expect(audit.map((a) => a.action)).toEqual(["restore", "save", "create"]);
    expect(audit[0]?.before).toMatchObject({ version: 2 });
    expect(audit[0]?.after).toMatchObject({ version: 3, title: "一" });
    expect((await listProjects(database.db, { regionId, documentId: record.id })).length).toBe(2);
  });

  it("restoring a version that does not exist is not_found and changes nothing", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument() });
    const err = await errorOf(restoreVersion(database.db, { regionId, id: record.id, version: 9, expectedVersion: 1 }));
    expect(err.code).toBe("not_found");
    expect((await getDocument(database.db, { regionId, id: record.id }))?.record.version).toBe(1);
  });

  it("is scoped by region: another region neither sees nor changes the document", async () => {
    const { record } = await createDocument(database.db, { regionId, document: sampleDocument() });
    expect(await getDocument(database.db, { regionId: otherRegionId, id: record.id })).toBeNull();
    const err = await errorOf(
      saveDocument(database.db, {
        regionId: otherRegionId,
        id: record.id,
        expectedVersion: 1,
        document: sampleDocument(),
      }),
    );
    expect(err.code).toBe("not_found");
    expect((await listDocuments(database.db, { regionId: otherRegionId })).total).toBe(0);
    expect(await listVersions(database.db, { regionId: otherRegionId, id: record.id })).toEqual([]);
  });

  it("refuses an invalid document and writes nothing", async () => {
    const before = (await listDocuments(database.db, { regionId })).total;
    const bad = { ...sampleDocument(), amountUnit: "美元" } as unknown as PerformanceDocument;
    expect((await errorOf(createDocument(database.db, { regionId, document: bad }))).code).toBe("invalid_document");
    expect((await listDocuments(database.db, { regionId })).total).toBe(before);
  });

  it("filters and pages the list; a deleted document leaves the list but keeps its versions", async () => {
    const { record } = await createDocument(database.db, {
      regionId,
      document: sampleDocument({ year: 2031, title: "删除测试" }),
    });
    await createDocument(database.db, { regionId, document: sampleDocument({ year: 2031 }) });
    const page = await listDocuments(database.db, { regionId, year: 2031, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    await deleteDocument(database.db, { regionId, id: record.id, expectedVersion: 1 });
    expect((await listDocuments(database.db, { regionId, year: 2031 })).total).toBe(1);
    expect(await getDocument(database.db, { regionId, id: record.id })).toBeNull();
    expect(await listVersions(database.db, { regionId, id: record.id })).toHaveLength(1);
    const [audit] = await listAudit(database.db, { regionId, entity: "document", entityId: record.id });
    expect(audit?.action).toBe("delete");
  });

  it("stores a department self-evaluation (seed 002) with its evaluation rows and grade", async () => {
    const seed = JSON.parse(
      readFileSync(new URL("../../../../fixtures/expected/002_a3cb9191b7c11910.json", import.meta.url), "utf8"),
    ) as PerformanceDocument;
    const { record } = await createDocument(database.db, { regionId, document: seed });
    expect((await getDocument(database.db, { regionId, id: record.id }))?.document).toEqual(seed);
    const rows = await listDocumentIndicators(database.db, { regionId, documentId: record.id, scope: "evaluation" });
    expect(rows).toHaveLength(seed.evaluation?.indicators.length ?? -1);
    const [evaluation] = await queryRows<{ grade: string | null; total_score: string | null }>(
      database.db,
      sql`select grade, total_score::text from self_evaluations where document_id = ${record.id}`,
    );
    expect(evaluation?.grade).toBe(seed.evaluation?.grade);
    expect(evaluation?.total_score === null ? null : Number(evaluation?.total_score)).toBe(seed.evaluation?.totalScore);
  });
});

describe("getDocumentProject", () => {
  it("cuts one project of the current version out in the database, scoped by region, in and out of a transaction", async () => {
    const { record } = await createDocument(database.db, {
      regionId,
      document: sampleDocument({ projects: 3, indicators: 2 }),
    });
    const edited = sampleDocument({ projects: 3, indicators: 2 });
    const second = edited.projects[1];
    if (!second) throw new Error("sample has no second project");
    edited.projects[1] = { ...second, purpose: '第二版的用途 "引号" 与换行\n' };
    await saveDocument(database.db, { regionId, id: record.id, expectedVersion: 1, document: edited });

    const read = await getDocumentProject(database.db, { regionId, id: record.id, index: 1 });
    expect(read?.head).toMatchObject({ id: record.id, regionId, version: 2, state: "draft", departmentId: null });
    expect(read?.projectCount).toBe(3);
    expect(JSON.parse(read?.projectJson ?? "null")).toEqual(
      (await getDocument(database.db, { regionId, id: record.id }))?.document.projects[1],
    );
    expect(JSON.parse(read?.projectJson ?? "null").purpose).toBe('第二版的用途 "引号" 与换行\n');

    // a transaction has no pool of its own: the Drizzle query runs and gives the same answer
    const inTx = await database.transaction((tx) => getDocumentProject(tx, { regionId, id: record.id, index: 1 }));
    expect(inTx).toEqual(read);

    const past = await getDocumentProject(database.db, { regionId, id: record.id, index: 3 });
    expect(past).toMatchObject({ projectCount: 3, projectJson: null });
    expect(await getDocumentProject(database.db, { regionId: otherRegionId, id: record.id, index: 0 })).toBeNull();
    await deleteDocument(database.db, { regionId, id: record.id, expectedVersion: 2 });
    expect(await getDocumentProject(database.db, { regionId, id: record.id, index: 0 })).toBeNull();
  });
});
