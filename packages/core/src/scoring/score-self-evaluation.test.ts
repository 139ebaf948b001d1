import { describe, expect, it } from "vitest";
import golden from "../../../../fixtures/expected/002_a3cb9191b7c11910.json" with { type: "json" };
import { documentSchema, type PerformanceDocument } from "../model/document.ts";
import type { Evaluation } from "../model/execution.ts";
import type { Indicator } from "../model/indicator.ts";
import { gradeOf } from "./grade-of.ts";
import { scoreSelfEvaluation } from "./score-self-evaluation.ts";

function row(
  goalNo: number,
  level1: string,
  level2: string | null,
  name: string,
  target: string,
  actual: string,
  weight: number,
  score: number,
  deviation: string | null = null,
): Indicator {
  return {
    level1,
    level2,
    name,
    description: null,
    target,
    targetParsed: null,
    basis: null,
    goalNo,
    actual,
    weight,
    score,
    deviation,
  };
}

/** Real rows of seed 002 (fixtures/seeds/002_a3cb9191b7c11910.txt) with its stated totals. */
function seed002Sample(): Evaluation {
  return {
    execution: { initial: 85652.16, annual: 176875.03, executed: 170639.2, weight: 10, score: 9.65, rate: 96.5 },
    executionDeviation: "主要原因是天津医学健康研究院项目需要预留下一年度工程款项",
    goals: [],
    indicators: [
      row(1, "产出指标", "数量指标", "与京冀创新资源开展对接（京津冀协同创新工作）", "≥10次", "14次", 1, 1),
      row(1, "产出指标", "时效指标", "京津冀技创中心天津中心项目受理审核时间", "≤3个月", "3个月", 2, 2),
      row(
        1,
        "效益指标",
        "社会效益指标",
        "引领京冀项目、人才、团队等优势资源落地",
        "≥30项",
        "68项",
        2,
        1.5,
        "未能准确计算立项项目数量",
      ),
      row(2, "产出指标", "数量指标", "应用基础研究立项项目数", "≥300项", "498项", 1, 0.5),
      row(2, "产出指标", "时效指标", "科技文献资源采购完成时间", "2024年12月31日前", "已于2024年12月31日前完成", 1, 1),
      row(
        2,
        "效益指标",
        "社会效益指标",
        "提高人民健康水平",
        "促进我市重大疾病防治技术发展",
        "围绕心脑血管、肿瘤、慢性疾病等领域，支持重点领域专家和青年人才开展临床研究，提升疾病的临床诊治水平，全部达到预期指标",
        2,
        2,
      ),
      row(4, "产出指标", "数量指标", "开展概念验证项目高校院所数量", "≥5家", "0家", 2, 0),
      row(4, "产出指标", "质量指标", "天津市科学技术奖获奖项目奖金发放覆盖率", "=100%", "100%", 2, 2),
      row(4, "效益指标", "经济效益指标", "技术合同成交额", "≥1900亿元", "19574.亿元", 2, 2),
      row(
        6,
        "产出指标",
        "成本指标",
        "保障科技局运转及所属事业单位运行成本",
        "≤34403.58万元",
        "44316.45万元",
        1,
        0.3,
        "年初编制预算时…",
      ),
      row(6, "满意度指标", "服务对象满意度", "运转服务对象满意度", "≥90%", "95%", 2, 2),
    ],
    totalWeight: 28,
    totalScore: 23.95,
    grade: "差",
    conclusion: null,
  };
}

describe("gradeOf", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
    ["93.95", "优"],
  ] as const)("%s → %s", (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });
  it("takes the bands from settings", () => {
    expect(gradeOf(85, { gradeBands: { excellent: 85, good: 75, fair: 60 } })).toBe("优");
  });
});

describe("scoreSelfEvaluation on real seed-002 rows", () => {
  const r = scoreSelfEvaluation({ evaluation: seed002Sample() });

  it("recomputes the execution score and agrees with the stated 9.65 and 96.5 %", () => {
    expect(r.executionScore).toEqual({ stated: 9.65, computed: 9.65, agrees: true });
    expect(r.executionRate.agrees).toBe(true);
    expect(r.executionRate.computed).toBeCloseTo(96.4744, 4);
  });

  it("sums weights and scores in decimal and checks the stated totals", () => {
    expect(r.indicatorWeights).toEqual({ stated: 90, computed: 18, agrees: false });
    expect(r.indicatorScores).toBe(14.3);
    expect(r.totalWeight).toEqual({ stated: 28, computed: 28, agrees: true });
    expect(r.totalScore).toEqual({ stated: 23.95, computed: 23.95, agrees: true });
    expect(r.grade).toEqual({ stated: "差", computed: "差", agrees: true });
  });

  it("puts every row's formula score beside the stated one", () => {
    const by = (name: string) => r.rows.find((x) => x.name.startsWith(name));
    expect(by("与京冀创新资源")?.score).toEqual({ stated: 1, computed: 1, agrees: true });
    // 498 vs ≥300: the rules give 1 (met, no bonus) but the table says 0.5; over-achievement must be explained.
    expect(by("应用基础研究")?.score).toEqual({ stated: 0.5, computed: 1, agrees: false });
    expect(by("应用基础研究")?.explanationRequired).toEqual(["score_below_weight", "over_achievement"]);
    expect(by("应用基础研究")?.explanationMissing).toBe(true);
    // 68 vs ≥30 scored 1.5 of 2, explained.
    expect(by("引领京冀")?.score.agrees).toBe(false);
    expect(by("引领京冀")?.explanationMissing).toBe(false);
    // the cost row: linear penalty gives 0.71, the table 0.3 (domain-rules §8 #56).
    expect(by("保障科技局运转")?.score).toEqual({ stated: 0.3, computed: 0.71, agrees: false });
    expect(by("科技文献资源采购")?.score.agrees).toBe(true);
    expect(by("提高人民健康水平")?.result.statedInBand).toBe(true);
    expect(by("提高人民健康水平")?.score.agrees).toBe(true);
    expect(by("开展概念验证项目")?.score).toEqual({ stated: 0, computed: 0, agrees: true });
    expect(by("天津市科学技术奖")?.score.agrees).toBe(true);
    expect(by("技术合同成交额")?.result.overAchievement).not.toBeNull();
  });

  it("reports the 一级 split and the formula total", () => {
    const cost = r.byCategory.find((c) => c.category === "cost");
    expect(cost).toEqual({ category: "cost", weight: 1, score: 0.3, configuredWeight: null });
    expect(r.byCategory.find((c) => c.category === "output")?.configuredWeight).toBe(50);
    // Σ formula scores 1+2+2+1+1+2+0+2+2+0.71+2 = 15.71, + 9.65
    expect(r.formulaTotal).toBe(25.36);
  });

  it("lights consistency green when money and performance agree", () => {
    expect(r.consistency.light).toBe("green");
  });

  it("lights red when the indicator score runs ahead of money spent, yellow when > 20 % is unspent", () => {
    const base = seed002Sample();
    const full = base.indicators.map((i) => ({ ...i, weight: 9, score: 9 }));
    const spentHalf = { ...base.execution, executed: 88437.515 };
    expect(
      scoreSelfEvaluation({ evaluation: { ...base, indicators: full, execution: spentHalf } }).consistency.light,
    ).toBe("red");
    const low = base.indicators.map((i) => ({ ...i, weight: 9, score: 3 }));
    const spent70 = { ...base.execution, executed: 123812.521 };
    const y = scoreSelfEvaluation({ evaluation: { ...base, indicators: low, execution: spent70 } });
    expect(y.consistency).toEqual({ light: "yellow", reason: "预算结余超过20%" });
  });

  it("follows the settings: truncation and the ratio reverse formula", () => {
    const t = scoreSelfEvaluation({
      evaluation: seed002Sample(),
      settings: { rounding: "truncate", reverseFormula: "ratio" },
    });
    expect(t.executionScore).toEqual({ stated: 9.65, computed: 9.64, agrees: true });
    expect(t.rows.find((x) => x.name.startsWith("保障科技局运转"))?.score.computed).toBe(0.77);
  });
});

describe("scoreSelfEvaluation on the golden seed 002 document", () => {
  const doc: PerformanceDocument = documentSchema.parse(golden);
  const ev = doc.evaluation;
  it("holds for seed 002 as read: 9.65 (96.5 %), Σ weights 90, Σ scores 84.3, total 93.95, 优", () => {
    expect(ev).not.toBeNull();
    if (ev === null) return;
    const r = scoreSelfEvaluation({ evaluation: ev });
    expect(r.executionScore).toEqual({ stated: 9.65, computed: 9.65, agrees: true });
    expect(r.executionRate.agrees).toBe(true);
    expect(r.indicatorWeights).toEqual({ stated: 90, computed: 90, agrees: true });
    expect(r.indicatorScores).toBe(84.3);
    expect(r.totalWeight).toEqual({ stated: 100, computed: 100, agrees: true });
    expect(r.totalScore).toEqual({ stated: 93.95, computed: 93.95, agrees: true });
    expect(r.grade).toEqual({ stated: "优", computed: "优", agrees: true });
    expect(r.consistency.light).toBe("green");
    expect(r.rows).toHaveLength(ev.indicators.length);
    const disagreeing = r.rows.filter((x) => x.score.agrees === false).map((x) => x.name);
    expect(disagreeing).toEqual([
      "引领京冀项目、人才、团队等优势资源落地（京津冀协同创新工作）",
      "应用基础研究立项项目数",
      "保障科技局运转及所属事业单位运行成本",
    ]);
  });
});
