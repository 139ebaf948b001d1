/**
 * Indicators carry their parsed target values as queryable columns (kind, operator, number, unit, text) — also when
 * the document came without `targetParsed` (typed in through the API), read then from the target text.
 */
import type { Indicator } from "@jixiao/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../query-rows.ts";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { createDocument, saveDocument } from "./documents.ts";
import { listDocumentIndicators } from "./projects.ts";
import { createRegion } from "./regions.ts";

const database = useTestDatabase();
let regionId: string;
beforeAll(async () => {
  regionId = (await createRegion(database().db, { code: "targets", name: "指标区" })).id;
});

function row(name: string, target: string | null, extra: Partial<Indicator> = {}): Indicator {
  return {
    level1: "产出指标",
    level2: "数量指标",
    name,
    description: null,
    target,
    targetParsed: null,
    basis: null,
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
    ...extra,
  };
}

function documentWith(indicators: Indicator[]) {
  const doc = sampleDocument({ projects: 1 });
  const project = doc.projects[0];
  if (!project) throw new Error("no project");
  project.indicators = indicators;
  return doc;
}

describe("indicator target columns", () => {
  it("are read from the target text when the document has no targetParsed", async () => {
    const { record } = await createDocument(database().db, {
      regionId,
      document: documentWith([
        row("验收合格率", "≥95%"),
        row("培训人次", "≥60", { measureUnit: "人次" }),
        row("成本控制", "≤300万元"),
        row("完成时间", "2025年12月底前"),
        row("社会效益", "有效提升"),
        row("空白", null),
        row("给定的优先", "≥1家", {
          targetParsed: { kind: "quantitative", op: "=", value: 7, unit: "个", text: null },
        }),
      ]),
    });
    const rows = await listDocumentIndicators(database().db, { regionId, documentId: record.id });
    const by = (name: string) => rows.find((r) => r.name === name);
    expect(by("验收合格率")).toMatchObject({
      targetKind: "quantitative",
      targetOp: ">=",
      targetValue: "95",
      targetUnit: "%",
    });
    expect(by("培训人次")).toMatchObject({ targetOp: ">=", targetValue: "60", targetUnit: "人次" });
    expect(by("成本控制")).toMatchObject({ targetOp: "<=", targetValue: "300", targetUnit: "万元" });
    expect(by("完成时间")?.targetKind).toBe("deadline");
    expect(by("社会效益")).toMatchObject({ targetKind: "qualitative", targetValue: null });
    expect(by("空白")).toMatchObject({ targetKind: null, targetOp: null, targetValue: null });
    expect(by("给定的优先")).toMatchObject({ targetOp: "=", targetValue: "7", targetUnit: "个" });

    // Queryable: "which indicators ask for at least 90 percent?"
    const found = await queryRows<{ name: string }>(
      database().db,
      sql`select name from indicators
          where document_id = ${record.id} and target_op = '>=' and target_unit = '%' and target_value >= 90`,
    );
    expect(found.map((r) => r.name)).toEqual(["验收合格率"]);
  });

  it("follow the text when a save changes it", async () => {
    const { record } = await createDocument(database().db, {
      regionId,
      document: documentWith([row("满意度", "≥85%")]),
    });
    await saveDocument(database().db, {
      regionId,
      id: record.id,
      expectedVersion: 1,
      document: documentWith([row("满意度", "≥95%")]),
    });
    const [after] = await listDocumentIndicators(database().db, { regionId, documentId: record.id });
    expect(after).toMatchObject({ target: "≥95%", targetValue: "95" });
  });
});
