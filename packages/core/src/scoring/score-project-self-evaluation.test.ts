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

  it("reproduces the hand-made Sichuan table (fixtures/text/project-self-evaluation-sichuan.txt): 35 of ≥40 ⇒ 13.13", () => {
    const project = {
      name: "成都市武侯区科技创新券补助资金",
      indicators: [
        ind("产出指标", "支持企业数量", "≥80家", "92", 15, 15),
        ind("产出指标", "兑付创新券金额", "≤280万元", "268.8", 10, 10),
        ind("产出指标", "创新券使用合规率", "≥95%", "98", 10, 10),
        ind("产出指标", "资金兑付完成时间", "≤12月", "12", 10, 10),
        { ...ind("产出指标", "单个企业平均补助金额", "≤3.5万元", "2.92", 5, 5), level2: "成本指标" },
        ind("效益指标", "带动企业新增研发投入", "≥1亿元", "1.2", 15, 15),
        ind("效益指标", "服务机构承接创新券服务数量", "≥40家", "35", 15, 13.13),
        ind("满意度指标", "企业满意度", "≥90%", "93", 10, 10),
      ],
      execution: { initial: 300, annual: 280, executed: 268.8, weight: 10, score: 9.6, rate: 96 },
    } as unknown as Project;
    const r = scoreProjectSelfEvaluation({ project, statedTotalWeight: 100, statedTotalScore: 97.73 });
    expect(r.executionScore).toEqual({ stated: 9.6, computed: 9.6, agrees: true });
    expect(r.executionRate).toEqual({ stated: 96, computed: 96, agrees: true });
    expect(r.rows.map((x) => x.score.computed)).toEqual([15, 10, 10, 10, 5, 15, 13.13, 10]);
    expect(r.rows.every((x) => x.score.agrees)).toBe(true);
    expect(r.totalWeight.agrees).toBe(true);
    expect(r.totalScore).toEqual({ stated: 97.73, computed: 97.73, agrees: true });
    expect(r.grade.computed).toBe("优");
    expect(r.rows[6]?.explanationMissing).toBe(true);
  });

  it("works without an execution block", () => {
    const project = { name: "x", indicators: [], execution: null } as unknown as Project;
    const r = scoreProjectSelfEvaluation({ project });
    expect(r.executionScore.computed).toBeNull();
    expect(r.totalScore.stated).toBeNull();
  });
});
