import { describe, expect, it } from "vitest";
import { scoreIndicator } from "./score-indicator.ts";

const score = (target: string, actual: string, weight = 2, statedScore?: number) =>
  scoreIndicator({ target, actual, weight, statedScore });

describe("scoreIndicator: positive (≥ ＞)", () => {
  it("gives full marks when met, proportional when not", () => {
    expect(score("≥10次", "14次").score).toBe(2);
    expect(score("≥40项", "40项").score).toBe(2);
    expect(score("≥15家", "0家").score).toBe(0);
    const r = score("≥300项", "250项", 1);
    expect(r.score).toBe(0.83);
    expect(r.method).toBe("positive");
    expect(r.explanation).toContain("250 ÷ 300 × 1");
    expect(r.inputs).toEqual({ target: 300, actual: 250, weight: 1, op: ">=", unit: "项" });
  });
  it("treats ＞ strictly", () => {
    expect(score("＞5个", "5个").score).toBe(2);
    expect(score("＞5个", "5个").explanation).toContain("未达标");
    expect(score("＞5个", "6个").explanation).toContain("满分");
  });
  it("reads a target without operator as positive and says so", () => {
    const r = score("90%", "95%");
    expect(r.score).toBe(2);
    expect(r.explanation).toContain("未写计算符号");
  });
  it("flags over-achievement at 1.3 × target (configurable) without a bonus", () => {
    const r = score("≥300项", "498项", 1);
    expect(r.score).toBe(1);
    expect(r.overAchievement).toEqual({ ratio: 1.66, deviation: 0.66 });
    expect(r.explanation).toContain("偏离度 66%");
    expect(score("≥300项", "389项").overAchievement).toBeNull();
    expect(score("≥300项", "390项").overAchievement).not.toBeNull();
    expect(
      scoreIndicator({ target: "≥300项", actual: "390项", weight: 1, settings: { overAchievementRatio: 1.5 } })
        .overAchievement,
    ).toBeNull();
  });
  it("flags a large actual against a zero target", () => {
    expect(score("≥0项", "30项").overAchievement).toEqual({ ratio: null, deviation: null });
    expect(score("≥0项", "29项").overAchievement).toBeNull();
  });
});

describe("scoreIndicator: equal (＝)", () => {
  it("scores like positive, with target 0 special", () => {
    expect(score("=100%", "100%").score).toBe(2);
    expect(score("＝100%", "90%").score).toBe(1.8);
    expect(score("＝0%", "0%").score).toBe(2);
    expect(score("＝0%", "1%").score).toBe(0);
    expect(score("＝0%", "1%").method).toBe("equal");
  });
});

describe("scoreIndicator: reverse (≤ ＜)", () => {
  it("linear penalty by default: seed 002 cost row gives 0.71, not the stated 0.3", () => {
    const r = score("≤34403.58万元", "44316.45万元", 1);
    expect(r.method).toBe("reverse-linear");
    expect(r.score).toBe(0.71);
    expect(r.explanation).toContain("(1 − (44316.45 − 34403.58) ÷ 34403.58) × 1");
  });
  it("met ⇒ full, ≥ 2t ⇒ 0", () => {
    expect(score("≤3个月", "3个月").score).toBe(2);
    expect(score("≤10个工作日", "10个工作日").score).toBe(2);
    expect(score("≤5115万元", "5051.15万元").score).toBe(2);
    expect(score("≤10万元", "20万元").score).toBe(0);
    expect(score("≤10万元", "19.99万元").score).toBe(0);
    expect(score("＜10万元", "10万元").explanation).toContain("超出");
  });
  it("ratio formula t ÷ a when the pack says so", () => {
    const r = scoreIndicator({
      target: "≤34403.58万元",
      actual: "44316.45万元",
      weight: 1,
      settings: { reverseFormula: "ratio" },
    });
    expect(r.method).toBe("reverse-ratio");
    expect(r.score).toBe(0.78);
  });
  it("converts money units exactly", () => {
    const r = score("≤300万元", "3000000元");
    expect(r.score).toBe(2);
    expect(score("≤1亿元", "15000万元").score).toBe(1);
    expect(score("≥5家", "5%").manual).toBe(true);
  });
  it("treats month and 个月 as one unit", () => {
    expect(score("≤3个月", "3月").score).toBe(2);
  });
});

describe("scoreIndicator: malformed numbers", () => {
  it("scores 19574.亿元 as read and says the number was guessed", () => {
    const r = score("≥1900亿元", "19574.亿元");
    expect(r.score).toBe(2);
    expect(r.explanation).toContain("数字书写有误");
    expect(r.explanation).toContain("19574亿元");
    expect(score("≥1900亿元", "1957.4亿元").explanation).not.toContain("书写有误");
  });
});

describe("scoreIndicator: negative, missing, placeholder", () => {
  it("scores a negative actual 0", () => {
    expect(score("≥5家", "-1家").score).toBe(0);
    expect(score("≤5万元", "-1万元").score).toBe(0);
  });
  it("asks a person when something is missing", () => {
    expect(score("无", "5家").manual).toBe(true);
    expect(score("≥5家", "").manual).toBe(true);
    expect(scoreIndicator({ target: "≥5家", actual: "5家", weight: null }).score).toBeNull();
    expect(score("≥5家", "已完成").manual).toBe(true);
  });
});

describe("scoreIndicator: deadlines and booleans", () => {
  it("met deadline ⇒ full; missed ⇒ manual", () => {
    expect(score("2024年12月31日前", "已于2024年12月31日前完成", 1).score).toBe(1);
    expect(score("2024年12月31日前", "2024年11月20日").score).toBe(2);
    expect(score("12月底前", "2024年11月20日").score).toBe(2);
    const late = score("2024年6月30日前", "2024年8月1日");
    expect(late.score).toBeNull();
    expect(late.manual).toBe(true);
    expect(late.method).toBe("deadline");
    expect(score("年底前", "按时完成").score).toBe(2);
    expect(score("年底前", "推进中").manual).toBe(true);
  });
  it("是/否", () => {
    expect(score("是", "是").score).toBe(2);
    expect(score("是", "否").score).toBe(0);
    expect(score("是", "已完成").score).toBe(2);
  });
});

describe("scoreIndicator: qualitative bands (§6.6)", () => {
  it("validates a stated score against the band of the chosen grade", () => {
    const ok = score("促进我市重大疾病防治技术发展", "…提升疾病的临床诊治水平，全部达到预期指标", 2, 2);
    expect(ok.band).toEqual({ band: "achieved", min: 1.6, max: 2, maxInclusive: true });
    expect(ok.statedInBand).toBe(true);
    expect(ok.score).toBe(2);
    expect(score("良好", "达成年度指标", 10, 8).statedInBand).toBe(true);
    expect(score("良好", "达成年度指标", 10, 7.99).statedInBand).toBe(false);
    expect(score("良好", "部分达成年度指标并具有一定效果", 10, 8).statedInBand).toBe(false);
    expect(score("良好", "部分达成年度指标并具有一定效果", 10, 6).statedInBand).toBe(true);
    expect(score("良好", "未达成年度指标且效果较差", 10, 6).statedInBand).toBe(false);
    expect(score("良好", "未达成年度指标且效果较差", 10, 5.99).score).toBe(5.99);
  });
  it("uses the grade the evaluator chose over the wording of the actual", () => {
    const r = scoreIndicator({ target: "良好", actual: "情况较好", weight: 10, statedScore: 7, grade: "partial" });
    expect(r.band?.band).toBe("partial");
    expect(r.statedInBand).toBe(true);
    expect(
      scoreIndicator({
        target: "良好",
        actual: "达成年度指标",
        weight: 10,
        statedScore: 7,
        grade: "部分达成年度指标并具有一定效果",
      }).statedInBand,
    ).toBe(true);
    expect(
      scoreIndicator({ target: "良好", actual: "x", weight: 10, statedScore: 7, grade: "达成年度指标" }).statedInBand,
    ).toBe(false);
  });
  it("without a stated score gives the interval and leaves the score to a person", () => {
    const r = score("良好", "部分达成年度指标并具有一定效果", 10);
    expect(r.score).toBeNull();
    expect(r.manual).toBe(true);
    expect(r.explanation).toContain("[6, 8)");
    expect(score("良好", "情况较好", 10, 9).band).toBeNull();
  });
});
