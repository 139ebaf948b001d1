import type { PerformanceDocument } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { getDocumentContent } from "./document-content.ts";
import { createDocument, saveDocument } from "./documents.ts";
import { listDocumentIndicators } from "./projects.ts";
import { createRegion } from "./regions.ts";

const database = useTestDatabase();
const db = () => database().db;
let regionId: string;
let otherId: string;

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "c1", name: "甲区" })).id;
  otherId = (await createRegion(db(), { code: "c2", name: "乙区" })).id;
});

const indicator = sampleDocument().projects[0]?.indicators[0];
if (!indicator) throw new Error("sample has no indicator");

describe("normalised document content", () => {
  it("keeps narrative department goals and the department table, rebuilt on save", async () => {
    const doc: PerformanceDocument = {
      ...sampleDocument({ projects: 0 }),
      kind: "department-targets",
      overall: {
        summary: "总体目标",
        items: [{ title: "分项一", goal: "目标一", indicators: "指标一" }],
        safeguards: ["保障"],
      },
      departmentTable: {
        name: "某部门",
        preparer: "张三",
        phone: null,
        funds: {
          priorYears: [2023, 2024],
          income: [],
          incomeTotal: { label: "合计", amount: 1036.06, share: 100, prior: [] },
          expense: [],
          expenseTotal: null,
        },
        functions: ["职能一"],
        tasks: ["任务一", "任务二"],
        longTerm: { deadline: 2027, goal: "长期目标", indicators: [indicator] },
        annual: { goal: "年度目标", indicators: [indicator, indicator] },
      },
    };
    const { record } = await createDocument(db(), { regionId, document: doc });
    const content = await getDocumentContent(db(), { regionId, documentId: record.id });
    expect(content.departmentGoals.map((g) => [g.position, g.title, g.goal])).toEqual([
      [0, "总体绩效目标", "总体目标"],
      [1, "分项一", "目标一"],
    ]);
    expect(content.departmentTable).toMatchObject({
      incomeTotal: "1036.06",
      longTermDeadline: 2027,
      tasks: ["任务一", "任务二"],
    });
    expect(
      await listDocumentIndicators(db(), { regionId, documentId: record.id, scope: "department_annual" }),
    ).toHaveLength(2);
    expect(
      await listDocumentIndicators(db(), { regionId, documentId: record.id, scope: "department_long_term" }),
    ).toHaveLength(1);
    await saveDocument(db(), {
      regionId,
      id: record.id,
      expectedVersion: 1,
      document: { ...doc, overall: null, departmentTable: null },
    });
    const after = await getDocumentContent(db(), { regionId, documentId: record.id });
    expect(after).toEqual({ departmentGoals: [], departmentTable: null, monitoring: null, selfEvaluations: [] });
    expect(await listDocumentIndicators(db(), { regionId, documentId: record.id })).toEqual([]);
  });

  it("keeps a monitoring report's month and totals in 元, and project self-evaluation rows", async () => {
    const base = sampleDocument({ projects: 2 });
    const execution = { initial: 100, annual: 708.44, executed: 96.62, weight: 10, score: 9, rate: 13.64 };
    const monitoring: PerformanceDocument = {
      ...base,
      kind: "monitoring",
      monitoring: { month: 6 },
      projects: base.projects.map((p) => ({ ...p, execution })),
    };
    const { record } = await createDocument(db(), { regionId, document: monitoring });
    const content = await getDocumentContent(db(), { regionId, documentId: record.id });
    expect(content.monitoring).toMatchObject({
      month: 6,
      annualYuan: "14168800",
      executedYuan: "1932400",
      projectCount: 2,
    });
    const evaluation = { ...monitoring, kind: "self-evaluation" as const, monitoring: null };
    const ev = await createDocument(db(), { regionId, document: evaluation });
    const rows = (await getDocumentContent(db(), { regionId, documentId: ev.record.id })).selfEvaluations;
    expect(rows.map((r) => [r.executionAnnual, r.executionExecuted, r.executionRate])).toEqual([
      ["708.44", "96.62", "13.64"],
      ["708.44", "96.62", "13.64"],
    ]);
    expect(await getDocumentContent(db(), { regionId: otherId, documentId: record.id })).toEqual({
      departmentGoals: [],
      departmentTable: null,
      monitoring: null,
      selfEvaluations: [],
    });
  });
});
