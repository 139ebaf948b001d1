import { type PerformanceDocument, parseDocument } from "@jixiao/core";
import { createRegion, type Database, openTestDatabase } from "@jixiao/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import clean from "../../../../fixtures/clean/performance-text.json" with { type: "json" };
import { checkInRegion } from "./check-in-region.ts";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// A clean 绩效文本 without 资金支出计划: fine under the national template, an error where Hebei requires one.
const withoutPlans = (): PerformanceDocument => {
  const doc = parseDocument(clean);
  return { ...doc, projects: doc.projects.map((p) => ({ ...p, spendPlan: null })) };
};

describe("checkInRegion", () => {
  it("uses the rule pack of the region and year, as the web app's live checks do", async () => {
    const code = `t${Date.now()}`;
    const hebei = await createRegion(database.db, { code: `${code}-hb`, name: "河北省石家庄市" });
    const demo = await createRegion(database.db, { code: `${code}-demo`, name: "演示地区" });
    const inHebei = await checkInRegion({ db: database.db, regionId: hebei.id, document: withoutPlans() });
    const inDemo = await checkInRegion({ db: database.db, regionId: demo.id, document: withoutPlans() });
    expect(inHebei.report.pack.id).toBe("hebei");
    expect(inDemo.report.pack.id).toBe("national");
    expect(inHebei.errors.some((e) => e.includes("R-PLAN"))).toBe(true);
    expect(inDemo.errors).toEqual([]);
    // Before the pack's first year the national pack applies.
    const old = await checkInRegion({
      db: database.db,
      regionId: hebei.id,
      document: { ...withoutPlans(), year: 2019 },
    });
    expect(old.report.pack.id).toBe("national");
  });

  it("turns a reader's blank-row warning into R-IND-4", async () => {
    const region = await createRegion(database.db, { code: `b${Date.now()}`, name: "演示地区二" });
    const outcome = await checkInRegion({
      db: database.db,
      regionId: region.id,
      document: parseDocument(clean),
      readWarnings: [{ code: "blank_row", message: "第3行是空行", source: { line: 3 } }],
    });
    expect(outcome.report.findings.map((f) => f.ruleId)).toContain("R-IND-4");
  });
});
