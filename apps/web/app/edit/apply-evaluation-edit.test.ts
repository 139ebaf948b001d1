import type { Evaluation, PerformanceDocument } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import golden from "../../../../fixtures/expected/002_a3cb9191b7c11910.json" with { type: "json" };
import {
  applyComputedProjectScores,
  applyComputedScores,
  checkEditedEvaluation,
  scoreOf,
  scoreOfProject,
  withTotals,
} from "./apply-evaluation-edit.ts";

const seed = golden as unknown as PerformanceDocument;
const evaluation = seed.evaluation as Evaluation;

describe("self-evaluation editing (seed 002)", () => {
  it("the seed as stated: execution 9.65 of 10, Σ 得分 84.3, total 93.95, 优", () => {
    expect(withTotals(evaluation)).toMatchObject({ totalWeight: 100, totalScore: 93.95, grade: "优" });
  });

  it("filling in the computed scores makes every stated figure agree with the rules", () => {
    const applied = applyComputedScores(evaluation);
    const s = scoreOf(applied);
    expect(applied.execution.score).toBe(9.65);
    expect(s.executionScore.agrees).toBe(true);
    expect(s.rows.filter((r) => r.score.agrees === false)).toEqual([]);
    expect(s.totalScore.agrees).toBe(true);
    expect(applied.grade).toBe(s.grade.computed);
    const ids = checkEditedEvaluation(seed, applied).map((f) => f.ruleId);
    for (const id of ["S-2", "S-3", "S-4", "S-5"]) expect(ids).not.toContain(id);
    // Applying twice changes nothing more.
    expect(applyComputedScores(applied)).toEqual(applied);
  });

  it("rows only a person can score keep the stated 得分", () => {
    const s = scoreOf(evaluation);
    const manual = s.rows.filter((r) => r.score.computed === null).map((r) => r.index);
    const applied = applyComputedScores(evaluation);
    for (const i of manual) expect(applied.indicators[i]?.score).toBe(evaluation.indicators[i]?.score);
  });

  it("a lower actual value lowers the score, the total and possibly the grade, and asks for a reason", () => {
    const k = scoreOf(evaluation).rows.findIndex((r) => r.result.inputs.op === ">=" && (r.score.computed ?? 0) > 0);
    expect(k).toBeGreaterThanOrEqual(0);
    const row = evaluation.indicators[k];
    if (!row) throw new Error("no row");
    const edited = {
      ...evaluation,
      indicators: evaluation.indicators.map((r, i) =>
        i === k
          ? {
              ...r,
              actual: `0${r.targetParsed?.kind === "quantitative" ? (r.targetParsed.unit ?? "") : ""}`,
              deviation: null,
            }
          : r,
      ),
    };
    const applied = applyComputedScores(edited);
    expect(applied.indicators[k]?.score).toBe(0);
    expect(applied.totalScore).toBeLessThan(withTotals(applyComputedScores(evaluation)).totalScore ?? 0);
    expect(checkEditedEvaluation(seed, applied).map((f) => f.ruleId)).toContain("E-1");
  });
});

describe("project self-evaluation scoring", () => {
  it("scores a project like a department and fills in its 总分 and 自评等级", () => {
    const project = {
      ...(seed.projects[0] ?? {
        code: null,
        name: "项目",
        unit: null,
        budget: null,
        purpose: null,
        spendPlan: null,
        goals: [],
      }),
      indicators: evaluation.indicators,
      execution: evaluation.execution,
      executionDeviation: evaluation.executionDeviation,
      totalWeight: null,
      totalScore: null,
      grade: null,
    };
    const applied = applyComputedProjectScores(project);
    expect(applied.totalWeight).toBe(100);
    expect(applied.totalScore).toBe(scoreOf(applyComputedScores(evaluation)).totalScore.computed);
    expect(applied.grade).toBe("优");
    expect(scoreOfProject(applied).totalScore.agrees).toBe(true);
  });
});
