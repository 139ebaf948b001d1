import { saveDocument, transitionDocument } from "@jixiao/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeWhileEditable } from "../../auth/document-access.ts";
import { createTestWorld, createThroughApi, sampleDocument, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
let docId: string;
beforeAll(async () => {
  w = await createTestWorld();
  docId = await createThroughApi(w);
}, 180_000);
afterAll(() => w?.close());

const editor = () => w.users.unit_editor[0];
const getDoc = async () => (await w.as(editor(), { method: "GET", url: `/api/documents/${docId}` })).json();

describe("documents", () => {
  it("creates in the editor's department and unit, readable with an ETag", async () => {
    const res = await w.as(editor(), { method: "GET", url: `/api/documents/${docId}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const body = res.json();
    expect(body.record).toMatchObject({
      departmentId: w.departments[0].id,
      unitId: w.units[0].id,
      state: "draft",
      stateLabel: "草稿",
      version: 1,
      editable: true,
      actions: ["submit"],
    });
    expect(body.document.projects).toHaveLength(2);
  });

  it("lists only what a user may see", async () => {
    const mine = await w.as(w.users.viewer[0], { method: "GET", url: "/api/documents" });
    expect(mine.json().items.map((d: { id: string }) => d.id)).toContain(docId);
    const other = await w.as(w.users.viewer[1], { method: "GET", url: "/api/documents" });
    expect(other.json().items.map((d: { id: string }) => d.id)).not.toContain(docId);
    const finance = await w.as(w.users.finance_reviewer[1], { method: "GET", url: "/api/documents?year=2024" });
    expect(finance.json().items.map((d: { id: string }) => d.id)).toContain(docId);
  });

  it("reads one project with its indicators", async () => {
    const res = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}/projects/0` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ documentId: docId, version: 1, index: 0, project: { name: "科技创新券补助" } });
    expect(res.json().project.indicators).toHaveLength(4);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers.etag).toBe('"1"');
    // the project text comes from the database as rendered jsonb: the same value as in the whole document
    const whole = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}` });
    expect(res.json().project).toEqual(whole.json().document.projects[0]);
    const missing = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}/projects/9` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain("第 10 个项目");
  });

  it("two users saving the same project: exactly one wins, the other gets 409 and keeps their text", async () => {
    const start = await w.as(editor(), { method: "GET", url: `/api/documents/${docId}/projects/0` });
    const { version, project } = start.json();
    const mine = { ...project, purpose: "甲的修改：支持企业购买检验检测服务" };
    const theirs = { ...project, purpose: "乙的修改：支持企业购买研发设计服务" };
    const [a, b] = await Promise.all([
      w.as(w.users.unit_editor[0], {
        method: "PUT",
        url: `/api/documents/${docId}/projects/0`,
        payload: { version, project: mine },
      }),
      w.as(w.users.admin[0], {
        method: "PUT",
        url: `/api/documents/${docId}/projects/0`,
        headers: { "if-match": `"${version}"` },
        payload: { project: theirs },
      }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winnerText = a.statusCode === 200 ? mine.purpose : theirs.purpose;
    const loserText = a.statusCode === 409 ? mine.purpose : theirs.purpose;
    const err = loser.json().error;
    expect(err.code).toBe("conflict");
    expect(err.message).toContain("已被他人修改");
    expect(err.details.currentVersion).toBe(version + 1);
    expect(err.details.document.projects[0].purpose).toBe(winnerText);
    // Nothing of the loser's text was written: it is only in their own hands.
    const now = await getDoc();
    expect(now.document.projects[0].purpose).toBe(winnerText);
    expect(JSON.stringify(now.document)).not.toContain(loserText);
    expect(now.record.version).toBe(version + 1);
  });

  it("a save without a version is refused, a stale If-Match gets 409", async () => {
    const doc = await getDoc();
    const none = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}`,
      payload: { document: doc.document },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain("版本");
    const stale = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}`,
      headers: { "if-match": '"1"' },
      payload: { document: doc.document },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("saves one indicator row", async () => {
    const doc = await getDoc();
    const row = { ...doc.document.projects[1].indicators[0], target: "≥12场" };
    const res = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}/projects/1/indicators/0`,
      payload: { version: doc.record.version, indicator: row },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().project.indicators[0].target).toBe("≥12场");
    expect(res.json().version).toBe(doc.record.version + 1);
  });

  it("refuses invalid documents, wrong types and unknown fields with Chinese messages; nothing stored", async () => {
    const before = await getDoc();
    const bad = {
      ...before.document,
      projects: [{ ...before.document.projects[0], budget: { total: "三百", fiscal: 1, other: 0 } }],
    };
    const wrongType = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}`,
      payload: { version: before.record.version, document: bad },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toContain("projects[0].budget.total");
    const unknown = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}`,
      payload: { version: before.record.version, document: before.document, state: "published" },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain("未知字段 state");
    const malformed = await w.as(editor(), {
      method: "PUT",
      url: `/api/documents/${docId}`,
      headers: { "content-type": "application/json" },
      payload: '{"version": 1, "document": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toContain("JSON");
    expect((await getDoc()).record.version).toBe(before.record.version);
  });

  it("lists versions and restores an earlier one as a new version", async () => {
    const list = await w.as(editor(), { method: "GET", url: `/api/documents/${docId}/versions` });
    expect(list.statusCode).toBe(200);
    const { current, items } = list.json();
    expect(items.length).toBe(current);
    expect(items[items.length - 1]).toMatchObject({ version: 1, reason: "create" });
    const v1 = await w.as(editor(), { method: "GET", url: `/api/documents/${docId}/versions/1` });
    expect(v1.json().document.projects[0].purpose).toBe("支持企业购买科技服务");
    const restored = await w.as(editor(), {
      method: "POST",
      url: `/api/documents/${docId}/versions/1/restore`,
      payload: { version: current },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().record.version).toBe(current + 1);
    expect(restored.json().document.projects[0].purpose).toBe("支持企业购买科技服务");
    const after = await w.as(editor(), { method: "GET", url: `/api/documents/${docId}/versions` });
    expect(after.json().items[0]).toMatchObject({ version: current + 1, reason: "restore", restoredFrom: 1 });
  });

  it("every change wrote an audit entry (admin only)", async () => {
    const res = await w.as(w.users.admin[0], { method: "GET", url: `/api/audit?entity=document&entityId=${docId}` });
    expect(res.statusCode).toBe(200);
    const actions = res.json().items.map((e: { action: string }) => e.action);
    expect(actions).toContain("create");
    expect(actions).toContain("save");
    expect(actions).toContain("restore");
    const denied = await w.as(w.users.finance_reviewer[0], { method: "GET", url: "/api/audit" });
    expect(denied.statusCode).toBe(403);
  });

  it("exports jixiao/v1 JSON as an attachment", async () => {
    const res = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}/export?format=json` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("attachment");
    expect(JSON.parse(res.body)).toMatchObject({ format: "jixiao/v1", kind: "project-targets" });
    const exe = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}/export?format=exe` });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain("docx");
    for (const format of ["docx", "xlsx"]) {
      const office = await w.as(w.users.viewer[0], {
        method: "GET",
        url: `/api/documents/${docId}/export?format=${format}`,
      });
      expect(office.statusCode).toBe(200);
      expect(office.headers["content-disposition"]).toContain(`.${format}`);
      expect(office.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
    }
  });

  it("runs the checks on a stored document", async () => {
    const res = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${docId}/check` });
    expect(res.statusCode).toBe(200);
    expect(res.json().report.pack.id).toBe("national");
    expect(res.json().errors).toEqual([]);
  });

  it("soft-deletes a draft (If-Match), after which it is gone from reads", async () => {
    const created = await w.as(editor(), {
      method: "POST",
      url: "/api/documents",
      payload: { document: sampleDocument({ title: "待删除" }) },
    });
    const id = created.json().record.id;
    const del = await w.as(editor(), { method: "DELETE", url: `/api/documents/${id}`, headers: { "if-match": '"1"' } });
    expect(del.statusCode).toBe(200);
    expect((await w.as(editor(), { method: "GET", url: `/api/documents/${id}` })).statusCode).toBe(404);
  });

  it("a content write that races a submit rolls back (state checked again under the row lock)", async () => {
    const created = await w.as(editor(), {
      method: "POST",
      url: "/api/documents",
      payload: { document: sampleDocument({ title: "竞争" }) },
    });
    const id = created.json().record.id;
    // The submit lands after the editor's first read, before the write.
    await transitionDocument(w.database.db, {
      regionId: w.regionId,
      id,
      from: "draft",
      to: "submitted",
      action: "submit",
    });
    const write = writeWhileEditable(w.database, (tx) =>
      saveDocument(tx, {
        regionId: w.regionId,
        id,
        expectedVersion: 1,
        document: sampleDocument({ title: "迟到的修改" }),
      }),
    );
    await expect(write).rejects.toMatchObject({ code: "workflow" });
    const after = (await w.as(editor(), { method: "GET", url: `/api/documents/${id}` })).json();
    expect(after.record.version).toBe(1);
    expect(after.document.title).toBe("竞争");
  });

  it("lists self-evaluations and monitoring reports by kind", async () => {
    const evaluation = { ...sampleDocument({ title: "2024年项目支出绩效自评表" }), kind: "self-evaluation" as const };
    const created = await w.as(editor(), { method: "POST", url: "/api/documents", payload: { document: evaluation } });
    expect(created.statusCode).toBe(201);
    const evaluations = (await w.as(editor(), { method: "GET", url: "/api/self-evaluations" })).json();
    expect(evaluations.items.map((d: { id: string }) => d.id)).toEqual([created.json().record.id]);
    const monitoring = (await w.as(editor(), { method: "GET", url: "/api/monitoring-reports" })).json();
    expect(monitoring).toEqual({ items: [], total: 0 });
  });
});
