import { describe, expect, it } from "vitest";
import type { Indicator } from "../model/indicator.ts";
import type { Project } from "../model/project.ts";
import { scoreProjectSelfEvaluation } from "./score-project-self-evaluation.ts";

const ind = (
  level1: string,
  name: string,
  target: string,
  actual: string,
  weight: number,
  score: number,
): Indicator => ({
  level1,
  level2: null,
  name,
  description: null,
  target,
  targetParsed: null,
  basis: null,
  goalNo: null,
  actual,
  weight,
  score,
  deviation: null,
});

describe("scoreProjectSelfEvaluation", () => {
  it("scores a 项目支出绩效自评表 with the department formulas", () => {
    const project = {
      code: null,
      name: "科普专项",
      unit: null,
      budget: null,
      purpose: null,
      spendPlan: null,
      goals: [],
      indicators: [
        ind("产出指标", "活动场次", "≥10场", "12场", 50, 50),
        ind("效益指标", "参与人数", "≥300人次", "240人次", 30, 24),
        ind("满意度指标", "满意度", "≥90%", "95%", 10, 10),
      ],
      execution: { initial: 10, annual: 10, executed: 8, weight: 10, score: 8, rate: 80 },
    } as Project;
    const r = scoreProjectSelfEvaluation({ project, statedTotalScore: 92 });
    expect(r.executionScore).toEqual({ stated: 8, computed: 8, agrees: true });
    expect(r.execution.explanationRequired).toBe(true);
    expect(r.indicatorWeights.agrees).toBe(true);
    expect(r.totalScore).toEqual({ stated: 92, computed: 92, agrees: true });
    expect(r.grade).toEqual({ stated: null, computed: "优", agrees: null });
    expect(r.rows.map((x) => x.score.agrees)).toEqual([true, true, true]);
    expect(r.rows[1]?.explanationRequired).toEqual(["score_below_weight"]);
  });

  it("works without an execution block", () => {
    const project = { name: "x", indicators: [], execution: null } as unknown as Project;
    const r = scoreProjectSelfEvaluation({ project });
    expect(r.executionScore.computed).toBeNull();
    expect(r.totalScore.stated).toBeNull();
  });
});
