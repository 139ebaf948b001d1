import { describe, expect, it } from "vitest";
import type { PerformanceDocument } from "../model/document.ts";
import { document, ind, project, withIndicator } from "./build-fixture.ts";
import { checkDocument, hasErrors, sortFindings } from "./check-document.ts";
import { checkProject } from "./check-project.ts";
import { getRulePack } from "./get-rule-pack.ts";
import { summarizeVerdict } from "./summarize-verdict.ts";
import type { Finding } from "./types.ts";

const messy = (): PerformanceDocument =>
  document([
    project({ code: null, spendPlan: { mar: 25, jun: 50, oct: 75, dec: 10 } }),
    withIndicator(3, ind("产出指标", "成本指标", "项目资金", "≥84万元")),
    withIndicator(5, ind("满意度指标", "服务对象满意度指标", "服务对象满意", "服务对象满意")),
  ]);

describe("checkDocument", () => {
  it("is deterministic: same input, same findings in the same order", () => {
    const a = checkDocument({ document: messy() });
    const b = checkDocument({ document: messy() });
    expect(a).toEqual(b);
    expect(a.findings.length).toBeGreaterThan(3);
  });

  it("orders findings by project, then indicator, table-level first, and the sort is stable", () => {
    const { findings } = checkDocument({ document: messy() });
    const keys = findings.map((f) => [f.location.projectIndex ?? -1, f.location.indicatorIndex ?? -1]);
    const sorted = [...keys].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0));
    expect(keys).toEqual(sorted);
    expect(sortFindings([...findings].reverse()).map((f) => f.ruleId)).not.toEqual([]);
    expect(sortFindings(findings)).toEqual(findings);
  });

  it("gives a verdict per project and per document (§3.8)", () => {
    const report = checkDocument({ document: messy() });
    expect(report.verdict.grade).toBe("差");
    expect(hasErrors(report)).toBe(true);
    expect(report.projects.map((p) => p.verdict.grade)).toEqual(["差", "差", "差"]);
    expect(report.verdict.counts.error).toBe(report.findings.filter((f) => f.severity === "error").length);
    const clean = checkDocument({ document: document([project()]) });
    expect(clean.verdict.grade).toBe("优");
    expect(hasErrors(clean)).toBe(false);
  });

  it("suggests concrete rewrites", () => {
    const { findings } = checkDocument({
      document: document([
        withIndicator(3, ind("产出指标", "成本指标", "项目支出", "≤30万元"), {
          budget: { total: 5.1, fiscal: 5.1, other: null },
        }),
        withIndicator(0, ind("产出指标", "数量指标", "服务次数", "≥10家")),
        project({ spendPlan: { mar: 25, jun: 50, oct: 75, dec: 10 } }),
      ]),
    });
    const suggestion = (id: string) => findings.find((f) => f.ruleId === id)?.suggestion;
    expect(suggestion("R-COST-2")).toBe("成本指标应写作“≤5.10万元”（不超过预算数）");
    expect(suggestion("R-VAL-3")).toBe("“服务次数”的单位应为“次”");
    expect(suggestion("R-PLAN-3")).toBe("资金支出计划应累计递增并在12月底达到100%");
  });

  it("never throws on odd content", () => {
    const odd = document([
      project({ budget: { total: null, fiscal: null, other: null }, spendPlan: null, goals: [], indicators: [] }),
      project({ indicators: [ind("", "", "", "", { description: null, target: null, basis: null, level2: null })] }),
    ]);
    expect(() => checkDocument({ document: odd })).not.toThrow();
  });

  it("checkProject gives the same project findings as checkDocument minus cross-project rules", () => {
    const doc = messy();
    const report = checkDocument({ document: doc });
    const alone = checkProject({ project: doc.projects[1] as (typeof doc.projects)[number], index: 1 });
    const inDoc = report.findings.filter((f) => f.location.projectIndex === 1 && f.ruleId !== "R-REL-5");
    expect(sortFindings(alone)).toEqual(inDoc);
  });

  it("a regional pack changes severities (Hubei: 100% satisfaction is an error)", () => {
    const doc = document([withIndicator(5, ind("满意度指标", "服务对象满意度指标", "科技企业满意度", "≥100%"))]);
    const sev = (packId: string): Finding["severity"] | undefined =>
      checkDocument({ document: doc, pack: getRulePack(packId) }).findings.find((f) => f.ruleId === "R-SAT-2")
        ?.severity;
    expect(sev("national")).toBe("warning");
    expect(sev("hubei")).toBe("error");
  });
});

describe("templates without a 资金支出计划", () => {
  it("are not faulted by the national pack, but are by Hebei's", () => {
    const doc = document([project({ spendPlan: null })]);
    const ids = (packId: string) =>
      checkDocument({ document: doc, pack: getRulePack(packId) }).findings.map((f) => f.ruleId);
    expect(ids("national")).not.toContain("R-PLAN-1");
    expect(ids("hebei")).toContain("R-PLAN-1");
  });
});

describe("summarizeVerdict", () => {
  const f = (severity: Finding["severity"]): Finding => ({
    ruleId: "R-VAL-1",
    severity,
    dimension: "完整性",
    message: "",
    location: { section: "project" },
    evidence: {},
    suggestion: null,
  });
  it("maps severities to 优/良/中/差", () => {
    expect(summarizeVerdict([]).grade).toBe("优");
    expect(summarizeVerdict([f("info")]).grade).toBe("良");
    expect(summarizeVerdict([f("info"), f("warning")]).grade).toBe("中");
    expect(summarizeVerdict([f("warning"), f("error")]).grade).toBe("差");
    expect(summarizeVerdict([f("warning"), f("error")]).byDimension.完整性).toEqual({ error: 1, warning: 1, info: 0 });
  });
});
