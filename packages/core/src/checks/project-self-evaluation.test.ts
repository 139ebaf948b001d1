import { describe, expect, it } from "vitest";
import { document, ind, project } from "./build-fixture.ts";
import { checkDocument } from "./check-document.ts";

describe("a project self-evaluation read into projects[0] and evaluation", () => {
  it("has its rows checked once, in the evaluation section", () => {
    // Only 产出 rows: R-IND-1 (missing 一级) would be reported for both copies.
    const rows = [
      ind("产出指标", "数量指标", "培训人次", "≥300人次", { actual: "320人次", weight: 45, score: 45 }),
      ind("产出指标", "质量指标", "合格率", "≥90%", { actual: "95%", weight: 45, score: 45 }),
    ];
    const execution = { initial: 100, annual: 100, executed: 100, weight: 10, score: 10, rate: 100 };
    const doc = document([project({ indicators: rows, execution, spendPlan: null })], {
      kind: "self-evaluation",
      evaluation: {
        execution,
        executionDeviation: null,
        goals: [],
        indicators: rows,
        totalWeight: 100,
        totalScore: 100,
        grade: "优",
        conclusion: null,
      },
    });
    const missing = checkDocument({ document: doc }).findings.filter((f) => f.ruleId === "R-IND-1");
    expect(missing.map((f) => f.location.section)).toEqual(["evaluation"]);
    // A project whose rows differ from the evaluation's is checked on its own.
    const other = { ...doc, projects: [project({ indicators: rows.slice(0, 1), execution, spendPlan: null })] };
    const both = checkDocument({ document: other }).findings.filter((f) => f.ruleId === "R-IND-1");
    expect(both.map((f) => f.location.section).sort()).toEqual(["evaluation", "project"]);
  });
});
