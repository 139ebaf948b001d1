import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, sampleDocument, type TestUser, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

async function create(title: string, document = sampleDocument({ title })): Promise<string> {
  const res = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/documents", payload: { document } });
  expect(res.statusCode).toBe(201);
  return res.json().record.id;
}

const act = (user: TestUser, id: string, body: Record<string, unknown>) =>
  w.as(user, { method: "POST", url: `/api/documents/${id}/transitions`, payload: body });

describe("review workflow", () => {
  it("草稿 → 已提交 → 部门审核通过 → 财政审核通过 → 已批复 → 已公开, every move recorded", async () => {
    const id = await create("全流程");
    const steps: [TestUser, string, string][] = [
      [w.users.unit_editor[0], "submit", "submitted"],
      [w.users.department_reviewer[0], "department_approve", "department_approved"],
      [w.users.finance_reviewer[1], "finance_approve", "finance_approved"],
      [w.users.finance_reviewer[0], "approve", "approved"],
      [w.users.admin[0], "publish", "published"],
    ];
    for (const [user, action, to] of steps) {
      const res = await act(user, id, { action });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      expect(res.json().record.state).toBe(to);
    }
    const history = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${id}/workflow` });
    const events = history.json().events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(steps.map((s) => s[1]));
    expect(events[0]).toMatchObject({
      fromState: "draft",
      fromLabel: "草稿",
      toState: "submitted",
      toLabel: "已提交",
      userId: w.users.unit_editor[0].id,
    });
    expect(history.json().stateLabel).toBe("已公开");
    // Final: no edits any more.
    const doc = (await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}` })).json();
    const save = await w.as(w.users.unit_editor[0], {
      method: "PUT",
      url: `/api/documents/${id}`,
      payload: { version: doc.record.version, document: doc.document },
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.message).toContain("已公开");
  });

  it("a return carries comments on the document and on single indicator rows; the author edits and resubmits", async () => {
    const id = await create("退回");
    expect((await act(w.users.unit_editor[0], id, { action: "submit" })).statusCode).toBe(200);
    const noComment = await act(w.users.department_reviewer[0], id, { action: "department_return" });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toContain("审核意见");
    const badRow = await act(w.users.department_reviewer[0], id, {
      action: "department_return",
      comment: "请修改",
      rowComments: [{ path: "projects[7].indicators[0]", body: "?" }],
    });
    expect(badRow.statusCode).toBe(400);
    const ret = await act(w.users.department_reviewer[0], id, {
      action: "department_return",
      comment: "满意度指标值偏低，请调整",
      rowComments: [{ path: "projects[0].indicators[3]", body: "满意度应不低于95%" }],
    });
    expect(ret.statusCode).toBe(200);
    expect(ret.json().record.state).toBe("department_returned");
    expect(ret.json().event.comment).toBe("满意度指标值偏低，请调整");
    const comments = (
      await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}/comments` })
    ).json().items;
    expect(comments.map((c: { path: string | null; body: string }) => [c.path, c.body])).toEqual(
      expect.arrayContaining([
        [null, "满意度指标值偏低，请调整"],
        ["projects[0].indicators[3]", "满意度应不低于95%"],
      ]),
    );
    const rowOnly = (
      await w.as(w.users.unit_editor[0], {
        method: "GET",
        url: `/api/documents/${id}/comments?path=${encodeURIComponent("projects[0].indicators[3]")}`,
      })
    ).json().items;
    expect(rowOnly).toHaveLength(1);
    // The author may edit again, resolve the comment and resubmit.
    const doc = (await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}` })).json();
    expect(doc.record.editable).toBe(true);
    const row = { ...doc.document.projects[0].indicators[3], target: "≥95%" };
    const saved = await w.as(w.users.unit_editor[0], {
      method: "PUT",
      url: `/api/documents/${id}/projects/0/indicators/3`,
      payload: { version: doc.record.version, indicator: row },
    });
    expect(saved.statusCode).toBe(200);
    const resolved = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: `/api/documents/${id}/comments/${rowOnly[0].id}/resolve`,
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedAt).not.toBeNull();
    expect((await act(w.users.unit_editor[0], id, { action: "submit" })).json().record.state).toBe("submitted");
  });

  it("submitting is refused (422, Chinese list of the errors) while the checks report errors", async () => {
    const dirty = sampleDocument({ title: "有错误" });
    const second = dirty.projects[1];
    if (!second) throw new Error("sample has two projects");
    dirty.projects[1] = { ...second, goals: ["提升素质"], indicators: second.indicators.slice(0, 1) };
    const id = await create("有错误", dirty);
    const res = await act(w.users.unit_editor[0], id, { action: "submit" });
    expect(res.statusCode).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe("check_failed");
    expect(err.message).toContain("不能“提交”");
    expect(err.message).toContain("R-IND-1");
    expect(err.details.errors.length).toBeGreaterThan(0);
    const state = (await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}` })).json().record
      .state;
    expect(state).toBe("draft");
  });

  it("refuses moves out of order, by the wrong role, or outside the reviewer's department", async () => {
    const id = await create("越权");
    const early = await act(w.users.finance_reviewer[0], id, { action: "finance_approve" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("草稿");
    const viewer = await act(w.users.viewer[0], id, { action: "submit" });
    expect(viewer.statusCode).toBe(403);
    expect((await act(w.users.unit_editor[0], id, { action: "submit" })).statusCode).toBe(200);
    const otherDept = await act(w.users.department_reviewer[1], id, { action: "department_approve" });
    expect(otherDept.statusCode).toBe(403);
    const editorApproves = await act(w.users.unit_editor[0], id, { action: "department_approve" });
    expect(editorApproves.statusCode).toBe(403);
  });

  it("review comments may be added by reviewers, not by viewers", async () => {
    const id = await create("意见");
    const ok = await w.as(w.users.finance_reviewer[0], {
      method: "POST",
      url: `/api/documents/${id}/comments`,
      payload: { body: "预算测算依据不足", path: "projects[1]" },
    });
    expect(ok.statusCode).toBe(201);
    const no = await w.as(w.users.viewer[0], {
      method: "POST",
      url: `/api/documents/${id}/comments`,
      payload: { body: "x" },
    });
    expect(no.statusCode).toBe(403);
  });
});
