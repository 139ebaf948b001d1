/**
 * Every row carries its region and every repository function is scoped by it: region B's data, looked up or
 * changed with region A's scope, is invisible and unchanged. One test per repository module, with B fully populated.
 */
import { isJixiaoError } from "@jixiao/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { listAudit } from "./audit.ts";
import { getDocumentContent } from "./document-content.ts";
import { assertDocumentReferences } from "./document-references.ts";
import {
  createDocument,
  deleteDocument,
  getDocument,
  getDocumentVersion,
  listDocuments,
  listVersions,
  restoreVersion,
  saveDocument,
} from "./documents.ts";
import { importDocument } from "./import-document.ts";
import { regionOverview } from "./overview.ts";
import { getProject, listDepartmentProjects, listDocumentIndicators, listProjects } from "./projects.ts";
import {
  createRegion,
  createUnit,
  type Department,
  findOrCreateDepartment,
  findOrCreateUnit,
  getDepartment,
  getRegion,
  listDepartments,
  listUnits,
  listYears,
  type Unit,
  upsertYear,
} from "./regions.ts";
import { addReviewComment, listReviewComments, resolveReviewComment } from "./review-comments.ts";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  type SessionRecord,
  touchSession,
} from "./sessions.ts";
import { getSourceFile, getSourceFileInfo, listSourceFiles } from "./source-files.ts";
import { countUsers, createUser, getUser, listUsers, type PublicUser, updateUser } from "./users.ts";
import { listWorkflowEvents, transitionDocument } from "./workflow.ts";

const database = useTestDatabase();
const db = (): Db => database().db;

/** Region A is empty but for its own department; region B holds one of everything. */
let a: string;
let b: string;
let aDepartment: Department;
let aUser: string;
const B = {} as {
  department: Department;
  unit: Unit;
  user: PublicUser;
  session: SessionRecord;
  documentId: string;
  sourceFileId: string;
  projectId: string;
  commentId: string;
  monitoringId: string;
  evaluationId: string;
};

/** Every region-carrying table's rows of region B, as a fingerprint to compare before and after. */
async function fingerprintOfB(): Promise<string> {
  const tables = [
    "departments",
    "units",
    "years",
    "users",
    "sessions",
    "documents",
    "document_versions",
    "projects",
    "indicators",
    "source_files",
    "review_comments",
    "workflow_events",
    "audit_log",
    "department_goals",
    "department_tables",
    "monitoring_reports",
    "self_evaluations",
  ];
  const parts: string[] = [];
  for (const t of tables) {
    const rows = await queryRows<{ n: number; h: string | null }>(
      db(),
      sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h
          from ${sql.identifier(t)} t where region_id = ${b}`,
    );
    parts.push(`${t}:${rows[0]?.n}:${rows[0]?.h}`);
  }
  return parts.join("\n");
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isJixiaoError(e)) return e.code;
    throw e;
  }
  return "no error";
}

beforeAll(async () => {
  a = (await createRegion(db(), { code: "scope-a", name: "甲地区" })).id;
  b = (await createRegion(db(), { code: "scope-b", name: "乙地区" })).id;
  aDepartment = await findOrCreateDepartment(db(), { regionId: a, name: "甲地区财政局" });
  aUser = (
    await createUser(db(), {
      regionId: a,
      username: "scope-a-admin",
      displayName: "甲",
      passwordHash: "$x",
      role: "admin",
    })
  ).id;
  B.department = await findOrCreateDepartment(db(), { regionId: b, name: "乙地区科技局", code: "306" });
  B.unit = await createUnit(db(), { regionId: b, departmentId: B.department.id, name: "乙地区科技局本级" });
  await upsertYear(db(), { regionId: b, year: 2025 });
  B.user = await createUser(db(), {
    regionId: b,
    username: "scope-b-editor",
    displayName: "乙",
    passwordHash: "$argon2id$x",
    role: "unit_editor",
    departmentId: B.department.id,
    unitId: B.unit.id,
  });
  B.session = await createSession(db(), {
    regionId: b,
    userId: B.user.id,
    tokenHash: "scope-b-token",
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const imported = await importDocument(db(), {
    regionId: b,
    document: sampleDocument({ department: B.department.name }),
    file: { fileName: "乙.docx", bytes: new Uint8Array([1, 2, 3]) },
    userId: B.user.id,
  });
  B.documentId = imported.record.id;
  B.sourceFileId = imported.sourceFile?.id ?? "";
  B.projectId = (await listProjects(db(), { regionId: b, documentId: B.documentId }))[0]?.id ?? "";
  B.commentId = (
    await addReviewComment(db(), {
      regionId: b,
      documentId: B.documentId,
      body: "乙的意见",
      path: "projects[0].indicators[0]",
    })
  ).id;
  await transitionDocument(db(), { regionId: b, id: B.documentId, from: "draft", to: "submitted", action: "submit" });
  B.monitoringId = (
    await createDocument(db(), {
      regionId: b,
      departmentId: B.department.id,
      document: { ...sampleDocument(), kind: "monitoring", monitoring: { month: 6 } },
      relatesToDocumentId: B.documentId,
    })
  ).record.id;
  const evaluation = sampleDocument();
  const project = evaluation.projects[0];
  if (project) project.execution = { initial: 1, annual: 2, executed: 2, weight: 10, score: 10, rate: 100 };
  B.evaluationId = (
    await createDocument(db(), {
      regionId: b,
      departmentId: B.department.id,
      document: { ...evaluation, kind: "self-evaluation" },
    })
  ).record.id;
});

describe("region scope: region A sees nothing of region B", () => {
  it("every region-carrying table really holds rows of B (so the checks below are not vacuous)", async () => {
    for (const line of (await fingerprintOfB()).split("\n")) {
      if (line.startsWith("department_goals") || line.startsWith("department_tables")) continue;
      expect(line, line).not.toMatch(/:0:/);
    }
  });

  it("regions, departments, units, years", async () => {
    expect(await getRegion(db(), { regionId: a })).toMatchObject({ code: "scope-a" });
    expect(await getDepartment(db(), { regionId: a, id: B.department.id })).toBeNull();
    expect((await listDepartments(db(), { regionId: a })).map((d) => d.id)).toEqual([aDepartment.id]);
    expect(await listUnits(db(), { regionId: a })).toEqual([]);
    expect(await listUnits(db(), { regionId: a, departmentId: B.department.id })).toEqual([]);
    expect(await listYears(db(), { regionId: a })).toEqual([]);
  });

  it("users and sessions", async () => {
    expect(await getUser(db(), { regionId: a, id: B.user.id })).toBeNull();
    expect((await listUsers(db(), { regionId: a })).map((u) => u.id)).toEqual([aUser]);
    expect(await countUsers(db(), { regionId: a })).toBe(1);
  });

  it("documents, versions, projects, indicators, content rows, overview", async () => {
    for (const id of [B.documentId, B.monitoringId, B.evaluationId]) {
      expect(await getDocument(db(), { regionId: a, id })).toBeNull();
      expect(await listVersions(db(), { regionId: a, id })).toEqual([]);
      expect(await getDocumentVersion(db(), { regionId: a, id, version: 1 })).toBeNull();
      expect(await listProjects(db(), { regionId: a, documentId: id })).toEqual([]);
      expect(await listDocumentIndicators(db(), { regionId: a, documentId: id })).toEqual([]);
      expect(await getDocumentContent(db(), { regionId: a, documentId: id })).toEqual({
        departmentGoals: [],
        departmentTable: null,
        monitoring: null,
        selfEvaluations: [],
      });
    }
    expect(await listDocuments(db(), { regionId: a })).toEqual({ items: [], total: 0 });
    expect(await getProject(db(), { regionId: a, id: B.projectId })).toBeNull();
    expect(await listDepartmentProjects(db(), { regionId: a, departmentId: B.department.id, year: 2025 })).toEqual([]);
    expect(await regionOverview(db(), { regionId: a, year: 2025 })).toEqual([]);
    // …while B's own scope sees them (the same calls are not simply broken).
    expect(await getProject(db(), { regionId: b, id: B.projectId })).not.toBeNull();
    expect((await listDocuments(db(), { regionId: b })).total).toBe(3);
    expect((await getDocumentContent(db(), { regionId: b, documentId: B.monitoringId })).monitoring).not.toBeNull();
  });

  it("source files, review comments, workflow events, audit log", async () => {
    expect(await getSourceFile(db(), { regionId: a, id: B.sourceFileId })).toBeNull();
    expect(await getSourceFileInfo(db(), { regionId: a, id: B.sourceFileId })).toBeNull();
    expect(await listSourceFiles(db(), { regionId: a })).toEqual([]);
    expect(await listReviewComments(db(), { regionId: a, documentId: B.documentId })).toEqual([]);
    expect(await listWorkflowEvents(db(), { regionId: a, documentId: B.documentId })).toEqual([]);
    const audit = await listAudit(db(), { regionId: a, limit: 500 });
    expect(audit.every((e) => e.regionId === a)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(B.department.id);
    expect(await listAudit(db(), { regionId: a, entityId: B.documentId })).toEqual([]);
  });
});

describe("region scope: writes with region A's scope change nothing of region B", () => {
  it("every write aimed at B's rows is not_found (or does nothing), and B's rows are byte-for-byte unchanged", async () => {
    const before = await fingerprintOfB();
    const doc = sampleDocument({ title: "甲改乙" });
    const refused = [
      () => saveDocument(db(), { regionId: a, id: B.documentId, expectedVersion: 1, document: doc }),
      () => restoreVersion(db(), { regionId: a, id: B.documentId, version: 1, expectedVersion: 1 }),
      () => deleteDocument(db(), { regionId: a, id: B.documentId, expectedVersion: 1 }),
      () =>
        transitionDocument(db(), {
          regionId: a,
          id: B.documentId,
          from: "submitted",
          to: "department_approved",
          action: "department_approve",
        }),
      () => addReviewComment(db(), { regionId: a, documentId: B.documentId, body: "越界" }),
      () => resolveReviewComment(db(), { regionId: a, id: B.commentId }),
      () => updateUser(db(), { regionId: a, id: B.user.id, expectedVersion: 1, patch: { displayName: "越界" } }),
      () => createUnit(db(), { regionId: a, departmentId: B.department.id, name: "越界单位" }),
      // A user of A may not be bound to B's department or unit.
      () =>
        createUser(db(), {
          regionId: a,
          username: "scope-a-intruder",
          displayName: "甲",
          passwordHash: "$argon2id$x",
          role: "viewer",
          departmentId: B.department.id,
        }),
      () => updateUser(db(), { regionId: a, id: aUser, expectedVersion: 1, patch: { unitId: B.unit.id } }),
      // A new document of A may not point at B's department, unit, source file or documents.
      () => importDocument(db(), { regionId: a, document: doc, departmentId: B.department.id }),
      () => assertDocumentReferences(db(), { regionId: a, departmentId: B.department.id }),
      () => assertDocumentReferences(db(), { regionId: a, departmentId: aDepartment.id, unitId: B.unit.id }),
      () => assertDocumentReferences(db(), { regionId: a, sourceFileId: B.sourceFileId }),
      () => assertDocumentReferences(db(), { regionId: a, relatesToDocumentId: B.documentId }),
      // …and createDocument checks it itself, whoever calls it.
      () => createDocument(db(), { regionId: a, document: doc, departmentId: B.department.id }),
      () => createDocument(db(), { regionId: a, document: doc, relatesToDocumentId: B.documentId }),
    ];
    for (const [i, write] of refused.entries()) expect(await codeOf(write()), `write #${i}`).toBe("not_found");
    // Unit lookup by department of B creates nothing in B.
    expect(await codeOf(findOrCreateUnit(db(), { regionId: a, departmentId: B.department.id, name: "x" }))).toBe(
      "not_found",
    );
    // Session writes are silent no-ops across regions.
    await touchSession(db(), { regionId: a, id: B.session.id, expiresAt: new Date(0) });
    await deleteSession(db(), { regionId: a, id: B.session.id });
    expect(await deleteUserSessions(db(), { regionId: a, userId: B.user.id })).toBe(0);
    expect(await deleteExpiredSessions(db(), { regionId: a, now: new Date(Date.now() + 10 * 3_600_000) })).toBe(0);
    expect(await fingerprintOfB()).toBe(before);
  });
});
