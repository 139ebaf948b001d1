/**
 * Every change writes an audit entry with before and after, in the transaction of the change: one test walks every
 * write of the repositories and reads the entry it left; a refused write (stale version) leaves none.
 */
import { isJixiaoError } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../database.ts";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { type AuditEntry, listAudit } from "./audit.ts";
import { createDocument, deleteDocument, restoreVersion, saveDocument } from "./documents.ts";
import { importDocument } from "./import-document.ts";
import { createDepartment, createRegion, createUnit, upsertYear } from "./regions.ts";
import { addReviewComment, resolveReviewComment } from "./review-comments.ts";
import { saveSourceFile } from "./source-files.ts";
import { createUser, updateUser } from "./users.ts";
import { transitionDocument } from "./workflow.ts";

const database = useTestDatabase();
const db = (): Db => database().db;
let regionId: string;
let actor: string;
let seen = new Set<string>();

/** The entries written since the last call, oldest first. */
async function newEntries(): Promise<AuditEntry[]> {
  const all = await listAudit(db(), { regionId, limit: 1000 });
  const fresh = all.filter((e) => !seen.has(e.id)).reverse();
  seen = new Set(all.map((e) => e.id));
  return fresh;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => v as Json;

beforeAll(async () => {
  const region = await createRegion(db(), { code: "audit", name: "审计区" });
  regionId = region.id;
  const [created] = await newEntries();
  expect(created).toMatchObject({ entity: "region", action: "create", before: null, entityId: regionId });
  actor = (
    await createUser(db(), {
      regionId,
      username: "audit-admin",
      displayName: "管理员",
      passwordHash: "$argon2id$secret-hash",
      role: "admin",
    })
  ).id;
});

describe("audit log", () => {
  it("organisation writes: department, unit, year (create and update)", async () => {
    await newEntries();
    const department = await createDepartment(db(), { regionId, name: "审计局", code: "901", userId: actor });
    const unit = await createUnit(db(), { regionId, departmentId: department.id, name: "审计局本级", userId: actor });
    await upsertYear(db(), { regionId, year: 2025, userId: actor });
    await upsertYear(db(), { regionId, year: 2025, status: "closed", userId: actor });
    const entries = await newEntries();
    expect(entries.map((e) => [e.entity, e.action, e.userId])).toEqual([
      ["department", "create", actor],
      ["unit", "create", actor],
      ["year", "create", actor],
      ["year", "update", actor],
    ]);
    expect(entries[0]).toMatchObject({ entityId: department.id, before: null, after: { name: "审计局", code: "901" } });
    expect(entries[1]).toMatchObject({ entityId: unit.id, before: null, after: { name: "审计局本级" } });
    expect(obj(entries[3]?.before).status).toBe("open");
    expect(obj(entries[3]?.after).status).toBe("closed");
  });

  it("users: create, update, password change — never the hash", async () => {
    await newEntries();
    const user = await createUser(db(), {
      regionId,
      username: "audit-viewer",
      displayName: "甲",
      passwordHash: "$argon2id$another-secret",
      role: "viewer",
      actorId: actor,
    });
    await updateUser(db(), { regionId, id: user.id, expectedVersion: 1, patch: { displayName: "乙" }, actorId: actor });
    await updateUser(db(), {
      regionId,
      id: user.id,
      expectedVersion: 2,
      patch: { passwordHash: "$argon2id$third-secret" },
      actorId: actor,
    });
    const entries = await newEntries();
    expect(entries.map((e) => [e.entity, e.action, e.entityId])).toEqual([
      ["user", "create", user.id],
      ["user", "update", user.id],
      ["user", "set_password", user.id],
    ]);
    expect(entries[1]).toMatchObject({
      before: { displayName: "甲", version: 1 },
      after: { displayName: "乙", version: 2 },
    });
    expect(JSON.stringify(entries)).not.toContain("secret");
  });

  it("documents: import (file, department, document), save, restore, workflow move, delete — each with before and after", async () => {
    await newEntries();
    const imported = await importDocument(db(), {
      regionId,
      document: sampleDocument({ department: "新建的审计对象" }),
      file: { fileName: "源.docx", bytes: new Uint8Array([1, 2, 3]) },
      userId: actor,
    });
    const id = imported.record.id;
    let entries = await newEntries();
    expect(entries.map((e) => [e.entity, e.action])).toEqual([
      ["source_file", "create"],
      ["department", "create"],
      ["document", "import"],
    ]);
    expect(entries[0]?.after).toMatchObject({ fileName: "源.docx", size: 3 });
    expect(obj(entries[0]?.after).bytes).toBeUndefined();
    expect(entries[2]).toMatchObject({ entityId: id, before: null, after: { id, version: 1, state: "draft" } });

    await saveDocument(db(), {
      regionId,
      id,
      expectedVersion: 1,
      document: sampleDocument({ title: "第二版" }),
      userId: actor,
    });
    await restoreVersion(db(), { regionId, id, version: 1, expectedVersion: 2, userId: actor });
    await transitionDocument(db(), { regionId, id, from: "draft", to: "submitted", action: "submit", userId: actor });
    entries = await newEntries();
    expect(entries.map((e) => [e.action, obj(e.before).version, obj(e.after).version, obj(e.after).state])).toEqual([
      ["save", 1, 2, "draft"],
      ["restore", 2, 3, "draft"],
      ["workflow:submit", 3, 3, "submitted"],
    ]);
    expect(obj(entries[0]?.after).title).toBe("第二版");
    expect(obj(entries[1]?.after).title).toBe("2025年项目支出绩效目标表");
    expect(obj(entries[2]?.before).state).toBe("draft");

    const draft = await createDocument(db(), { regionId, document: sampleDocument(), userId: actor });
    await deleteDocument(db(), { regionId, id: draft.record.id, expectedVersion: 1, userId: actor });
    entries = await newEntries();
    expect(entries.map((e) => e.action)).toEqual(["create", "delete"]);
    expect(obj(entries[1]?.before).deletedAt).toBeNull();
    expect(obj(entries[1]?.after).deletedAt).not.toBeNull();
  });

  it("review comments: add and resolve", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    await newEntries();
    const comment = await addReviewComment(db(), {
      regionId,
      documentId: record.id,
      body: "请补充",
      path: "projects[0].indicators[1]",
      authorId: actor,
    });
    await resolveReviewComment(db(), { regionId, id: comment.id, userId: actor });
    const entries = await newEntries();
    expect(entries.map((e) => [e.entity, e.action, e.entityId])).toEqual([
      ["review_comment", "create", comment.id],
      ["review_comment", "resolve", comment.id],
    ]);
    expect(obj(entries[1]?.before).resolvedAt).toBeNull();
    expect(obj(entries[1]?.after).resolvedAt).not.toBeNull();
  });

  it("a source file kept on its own is audited too", async () => {
    await newEntries();
    const file = await saveSourceFile(db(), {
      regionId,
      fileName: "单独.pdf",
      bytes: new Uint8Array([9]),
      userId: actor,
    });
    const entries = await newEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: "source_file", entityId: file.id, before: null });
  });

  it("a refused write (stale version, wrong state) leaves no audit entry and no change", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    await newEntries();
    const refusals = [
      () => saveDocument(db(), { regionId, id: record.id, expectedVersion: 7, document: sampleDocument() }),
      () => restoreVersion(db(), { regionId, id: record.id, version: 1, expectedVersion: 7 }),
      () => deleteDocument(db(), { regionId, id: record.id, expectedVersion: 7 }),
      () => transitionDocument(db(), { regionId, id: record.id, from: "submitted", to: "approved", action: "approve" }),
    ];
    for (const refuse of refusals) {
      const error = await refuse().catch((e: unknown) => e);
      expect(isJixiaoError(error) && error.code).toBe("conflict");
    }
    expect(await newEntries()).toEqual([]);
  });
});
