/**
 * The whole review workflow for each document kind the issue names: 项目支出绩效目标表, 绩效运行监控表 and 绩效自评表.
 * Every kind goes 草稿 → 已提交 → 部门退回 → 已提交 → 部门审核通过 → 财政退回 → 已提交 → 部门审核通过 → 财政审核通过
 * → 已批复 → 已公开; each return carries a document comment and a comment on one indicator row; a dirty document of
 * the kind cannot be submitted; every move is a workflow event (who, when, from, to, comment) and an audit entry.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, sampleDocument, type TestUser, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

const FIXTURES = join(import.meta.dirname, "../../../../../fixtures/clean");

interface Kind {
  kind: PerformanceDocument["kind"];
  clean(): PerformanceDocument;
  /** The same kind with an error the checks report. */
  dirty(): PerformanceDocument;
  /** An indicator row of the clean document, for row comments. */
  row: string;
}

function targetsWithOneIndicator(doc: PerformanceDocument): PerformanceDocument {
  const second = doc.projects[1];
  if (!second) throw new Error("sample has two projects");
  doc.projects[1] = { ...second, goals: ["提升素质"], indicators: second.indicators.slice(0, 1) };
  return doc;
}

const selfEvaluation = (): PerformanceDocument =>
  JSON.parse(readFileSync(join(FIXTURES, "self-evaluation.json"), "utf8")) as PerformanceDocument;

const KINDS: Kind[] = [
  {
    kind: "project-targets",
    clean: () => sampleDocument({ title: "2024年项目支出绩效目标表" }),
    dirty: () => targetsWithOneIndicator(sampleDocument({ title: "有错误的目标表" })),
    row: "projects[0].indicators[3]",
  },
  {
    kind: "monitoring",
    clean: () => ({
      ...sampleDocument({ title: "2024年1-6月绩效运行监控表" }),
      kind: "monitoring",
      monitoring: { month: 6 },
    }),
    dirty: () =>
      targetsWithOneIndicator({
        ...sampleDocument({ title: "有错误的监控表" }),
        kind: "monitoring",
        monitoring: { month: 6 },
      }),
    row: "projects[1].indicators[0]",
  },
  {
    kind: "self-evaluation",
    clean: selfEvaluation,
    dirty: () => {
      const doc = selfEvaluation();
      if (doc.evaluation) doc.evaluation.totalScore = 3; // total ≠ sum of scores, grade no longer fits
      return doc;
    },
    row: "evaluation.indicators[1]",
  },
];

const act = (user: TestUser, id: string, body: Record<string, unknown>) =>
  w.as(user, { method: "POST", url: `/api/documents/${id}/transitions`, payload: body });

async function create(document: PerformanceDocument): Promise<string> {
  const res = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/documents", payload: { document } });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().record.kind).toBe(document.kind);
  return res.json().record.id;
}

describe.each(KINDS)("workflow of a $kind document", (k) => {
  it("submitting is refused while the checks report errors; nothing moves", async () => {
    const id = await create(k.dirty());
    const res = await act(w.users.unit_editor[0], id, { action: "submit" });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe("check_failed");
    expect(res.json().error.message).toContain("不能“提交”");
    const history = (
      await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}/workflow` })
    ).json();
    expect(history).toMatchObject({ state: "draft", events: [] });
  });

  it("goes the whole way with returns by department and finance, each recorded (who, when, from, to, comment)", async () => {
    const id = await create(k.clean());
    const editor = w.users.unit_editor[0];
    const dept = w.users.department_reviewer[0];
    const finance = w.users.finance_reviewer[1];
    const steps: [TestUser, Record<string, unknown>, string, string][] = [
      [editor, { action: "submit" }, "draft", "submitted"],
      [
        dept,
        {
          action: "department_return",
          comment: "部门意见：请补充依据",
          rowComments: [{ path: k.row, body: "该行指标值偏低" }],
        },
        "submitted",
        "department_returned",
      ],
      [editor, { action: "submit" }, "department_returned", "submitted"],
      [dept, { action: "department_approve" }, "submitted", "department_approved"],
      [
        finance,
        {
          action: "finance_return",
          comment: "财政意见：测算依据不足",
          rowComments: [{ path: k.row, body: "请说明测算方法" }],
        },
        "department_approved",
        "finance_returned",
      ],
      [editor, { action: "submit" }, "finance_returned", "submitted"],
      [dept, { action: "department_approve" }, "submitted", "department_approved"],
      [finance, { action: "finance_approve" }, "department_approved", "finance_approved"],
      [finance, { action: "approve" }, "finance_approved", "approved"],
      [w.users.finance_reviewer[0], { action: "publish" }, "approved", "published"],
    ];
    const started = Date.now();
    for (const [user, body, , to] of steps) {
      const res = await act(user, id, body);
      expect(res.statusCode, `${body.action}: ${res.body}`).toBe(200);
      expect(res.json().record.state).toBe(to);
    }
    const history = (await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${id}/workflow` })).json();
    expect(history.state).toBe("published");
    expect(history.events).toHaveLength(steps.length);
    history.events.forEach(
      (
        e: {
          action: string;
          fromState: string;
          toState: string;
          userId: string;
          comment: string | null;
          createdAt: string;
        },
        i: number,
      ) => {
        const [user, body, from, to] = steps[i] ?? [];
        expect(e).toMatchObject({
          action: body?.action,
          fromState: from,
          toState: to,
          userId: user?.id,
          comment: body?.comment ?? null,
        });
        expect(new Date(e.createdAt).getTime()).toBeGreaterThanOrEqual(started - 60_000);
      },
    );

    // The returns' comments: on the document and on the one indicator row.
    const comments = (await w.as(editor, { method: "GET", url: `/api/documents/${id}/comments` })).json().items;
    expect(
      comments.map((c: { path: string | null; body: string; authorId: string }) => [c.path, c.body, c.authorId]),
    ).toEqual(
      expect.arrayContaining([
        [null, "部门意见：请补充依据", dept.id],
        [k.row, "该行指标值偏低", dept.id],
        [null, "财政意见：测算依据不足", finance.id],
        [k.row, "请说明测算方法", finance.id],
      ]),
    );
    const onRow = (
      await w.as(editor, { method: "GET", url: `/api/documents/${id}/comments?path=${encodeURIComponent(k.row)}` })
    ).json().items;
    expect(onRow).toHaveLength(2);

    // Every move is also in the audit log with the state before and after.
    const audit = (
      await w.as(w.users.admin[0], { method: "GET", url: `/api/audit?entity=document&entityId=${id}&limit=500` })
    ).json().items as { action: string; userId: string; before: { state: string }; after: { state: string } }[];
    const moves = audit.filter((a) => a.action.startsWith("workflow:")).reverse();
    expect(moves.map((a) => [a.action, a.before.state, a.after.state, a.userId])).toEqual(
      steps.map(([user, body, from, to]) => [`workflow:${body.action}`, from, to, user.id]),
    );
  });

  it("a return without a comment is refused, and so is a comment on a row the document does not have", async () => {
    const id = await create(k.clean());
    expect((await act(w.users.unit_editor[0], id, { action: "submit" })).statusCode).toBe(200);
    const bare = await act(w.users.department_reviewer[0], id, { action: "department_return" });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toContain("审核意见");
    const nowhere = await act(w.users.department_reviewer[0], id, {
      action: "department_return",
      comment: "请修改",
      rowComments: [{ path: "projects[99].indicators[0]", body: "?" }],
    });
    expect(nowhere.statusCode).toBe(400);
    const history = (
      await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}/workflow` })
    ).json();
    expect(history.state).toBe("submitted");
    expect(history.events).toHaveLength(1);
    // The comment endpoint refuses a row the document does not have, and takes one it has.
    const stray = await w.as(w.users.department_reviewer[0], {
      method: "POST",
      url: `/api/documents/${id}/comments`,
      payload: { body: "?", path: "projects[99].indicators[0]" },
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.message).toContain("不存在");
    const comments = (
      await w.as(w.users.unit_editor[0], { method: "GET", url: `/api/documents/${id}/comments` })
    ).json();
    expect(comments.items).toEqual([]);
    const onRow = await w.as(w.users.department_reviewer[0], {
      method: "POST",
      url: `/api/documents/${id}/comments`,
      payload: { body: "请核实", path: k.row },
    });
    expect(onRow.statusCode, onRow.body).toBe(201);
  });
});
