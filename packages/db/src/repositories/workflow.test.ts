import { isJixiaoError } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { listAudit } from "./audit.ts";
import { createDocument, getDocument, saveDocument } from "./documents.ts";
import { createRegion } from "./regions.ts";
import { addReviewComment, listReviewComments, resolveReviewComment } from "./review-comments.ts";
import { createUser } from "./users.ts";
import { listWorkflowEvents, transitionDocument } from "./workflow.ts";

const database = useTestDatabase();
const db = () => database().db;
let regionId: string;
let otherId: string;
let reviewer: string;

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "w1", name: "甲区" })).id;
  otherId = (await createRegion(db(), { code: "w2", name: "乙区" })).id;
  reviewer = (
    await createUser(db(), {
      regionId,
      username: "reviewer",
      displayName: "审核员",
      passwordHash: "$argon2id$x",
      role: "department_reviewer",
    })
  ).id;
});

describe("workflow", () => {
  it("stores each move with who, when, from, to and comment, and audits it", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    await transitionDocument(db(), { regionId, id: record.id, from: "draft", to: "submitted", action: "submit" });
    const { event } = await transitionDocument(db(), {
      regionId,
      id: record.id,
      from: "submitted",
      to: "department_returned",
      action: "department_return",
      userId: reviewer,
      comment: "满意度指标缺失",
      expectedVersion: 1,
    });
    expect(event).toMatchObject({ fromState: "submitted", toState: "department_returned", userId: reviewer });
    expect((await getDocument(db(), { regionId, id: record.id }))?.record).toMatchObject({
      state: "department_returned",
      version: 1,
    });
    const events = await listWorkflowEvents(db(), { regionId, documentId: record.id });
    expect(events.map((e) => [e.action, e.fromState, e.toState, e.comment])).toEqual([
      ["submit", "draft", "submitted", null],
      ["department_return", "submitted", "department_returned", "满意度指标缺失"],
    ]);
    expect(events[1]?.createdAt).toBeInstanceOf(Date);
    expect(await listWorkflowEvents(db(), { regionId: otherId, documentId: record.id })).toEqual([]);
    const audit = await listAudit(db(), { regionId, entity: "document", entityId: record.id });
    expect(audit[0]).toMatchObject({
      action: "workflow:department_return",
      before: { state: "submitted" },
      after: { state: "department_returned" },
    });
  });

  it("refuses a move from a state the document is no longer in, or on a stale version", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    const wrong = await transitionDocument(db(), {
      regionId,
      id: record.id,
      from: "submitted",
      to: "department_approved",
      action: "department_approve",
    }).catch((e: unknown) => e);
    expect(isJixiaoError(wrong) && wrong.code).toBe("conflict");
    await saveDocument(db(), {
      regionId,
      id: record.id,
      expectedVersion: 1,
      document: sampleDocument({ title: "新" }),
    });
    const stale = await transitionDocument(db(), {
      regionId,
      id: record.id,
      from: "draft",
      to: "submitted",
      action: "submit",
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect(isJixiaoError(stale) && stale.code).toBe("conflict");
    const foreign = await transitionDocument(db(), {
      regionId: otherId,
      id: record.id,
      from: "draft",
      to: "submitted",
      action: "submit",
    }).catch((e: unknown) => e);
    expect(isJixiaoError(foreign) && foreign.code).toBe("not_found");
    expect(await listWorkflowEvents(db(), { regionId, documentId: record.id })).toEqual([]);
  });

  it("of two simultaneous moves from the same state only one happens", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        transitionDocument(db(), { regionId, id: record.id, from: "draft", to: "submitted", action: "submit" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listWorkflowEvents(db(), { regionId, documentId: record.id })).toHaveLength(1);
  });

  it("refuses unknown states", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    const err = await transitionDocument(db(), {
      regionId,
      id: record.id,
      from: "draft",
      to: "archived" as never,
      action: "x",
    }).catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("validation");
  });
});

describe("review comments", () => {
  it("keeps comments per document and per indicator row, on the version they were written on", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument() });
    await addReviewComment(db(), { regionId, documentId: record.id, body: "整体较好", authorId: reviewer });
    const onRow = await addReviewComment(db(), {
      regionId,
      documentId: record.id,
      path: "projects[0].indicators[1]",
      body: "指标值缺少单位",
      authorId: reviewer,
    });
    expect(onRow.documentVersion).toBe(1);
    expect((await listReviewComments(db(), { regionId, documentId: record.id })).map((c) => c.body)).toEqual([
      "整体较好",
      "指标值缺少单位",
    ]);
    const row = await listReviewComments(db(), { regionId, documentId: record.id, path: "projects[0].indicators[1]" });
    expect(row.map((c) => c.id)).toEqual([onRow.id]);
    const resolved = await resolveReviewComment(db(), { regionId, id: onRow.id, userId: reviewer });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(
      (await listReviewComments(db(), { regionId, documentId: record.id, unresolvedOnly: true })).map((c) => c.body),
    ).toEqual(["整体较好"]);
    expect(await listReviewComments(db(), { regionId: otherId, documentId: record.id })).toEqual([]);
    const foreign = await addReviewComment(db(), { regionId: otherId, documentId: record.id, body: "x" }).catch(
      (e: unknown) => e,
    );
    expect(isJixiaoError(foreign) && foreign.code).toBe("not_found");
    const audit = await listAudit(db(), { regionId, entity: "review_comment", entityId: onRow.id });
    expect(audit.map((a) => a.action)).toEqual(["resolve", "create"]);
  });
});
