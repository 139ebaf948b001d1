import { readFileSync, writeFileSync } from "node:fs";
import { documentSchema, sum } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Block, Cell } from "../../blocks.ts";
import { diffJson, withoutKeys } from "../../testing/diff-json.ts";
import { textToBlocks } from "../../text/text-to-blocks.ts";
import { isSelfEvaluation, understandSelfEvaluation } from "./understand-self-evaluation.ts";

const root = new URL("../../../../../", import.meta.url);
const seed = (name: string) => readFileSync(new URL(`fixtures/seeds/${name}`, root), "utf8");
const expected = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/expected/${name}`, root), "utf8"));

const table = (rows: string[][]): Block => ({
  kind: "table",
  rows: rows.map((r) => r.map((text): Cell => ({ text }))),
});

describe("seed 002 — 整体支出绩效自评表 (Tianjin)", () => {
  const blocks = textToBlocks(seed("002_a3cb9191b7c11910.txt"));
  const { document, warnings } = understandSelfEvaluation({ blocks });
  const evaluation = document.evaluation;
  if (evaluation === null) throw new Error("no evaluation");

  it("is recognised as a self-evaluation", () => {
    expect(isSelfEvaluation(blocks)).toBe(true);
  });

  // Regenerate with UPDATE_GOLDEN=1 (then check the diff by eye against the seed, row by row, before committing).
  it("matches the hand-checked golden file field by field", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      const file = new URL("fixtures/expected/002_a3cb9191b7c11910.json", root);
      writeFileSync(file, `${JSON.stringify(withoutKeys(document, ["source"]), null, 2)}\n`);
    }
    expect(diffJson(expected("002_a3cb9191b7c11910.json"), document, { ignore: ["source"] })).toEqual([]);
  });

  it("is a valid jixiao/v1 document", () => {
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it("reads header, execution block, totals and grade", () => {
    expect(document.kind).toBe("self-evaluation");
    expect(document.year).toBe(2024);
    expect(document.department?.name).toBe("天津市科学技术局");
    expect(evaluation.execution).toEqual({
      initial: 85652.16,
      annual: 176875.03,
      executed: 170639.2,
      weight: 10,
      score: 9.65,
      rate: 96.5,
    });
    expect(evaluation.executionDeviation).toMatch(/^主要原因是天津医学健康研究院/);
    expect(evaluation.totalWeight).toBe(100);
    expect(evaluation.totalScore).toBe(93.95);
    expect(evaluation.grade).toBe("优");
    expect(evaluation.conclusion).toMatch(/^本部门整体支出绩效自评得分93\.95分/);
    expect(evaluation.conclusion).not.toMatch(/<\/?p>/);
  });

  it("has 6 goals with their completion text and no goals deviation", () => {
    expect(evaluation.goals.map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(evaluation.goals.every((g) => g.achieved !== null && g.achieved.length > 10)).toBe(true);
    expect(evaluation.goalsDeviation).toBeNull();
  });

  it("has every indicator row (16 + 16 + 15 + 13 on the four pages) grouped by goal", () => {
    expect(evaluation.indicators).toHaveLength(60);
    const perGoal = [1, 2, 3, 4, 5, 6].map((g) => evaluation.indicators.filter((i) => i.goalNo === g).length);
    expect(perGoal).toEqual([11, 11, 8, 9, 10, 11]);
  });

  it("indicator weights sum to 90 and scores to 84.3; with the budget score that is the stated total", () => {
    const weights = sum(evaluation.indicators.map((i) => i.weight));
    const scores = sum(evaluation.indicators.map((i) => i.score));
    expect(weights).toBe(90);
    expect(scores).toBe(84.3);
    expect(sum([scores, evaluation.execution.score])).toBe(evaluation.totalScore);
    expect(sum([weights, evaluation.execution.weight])).toBe(evaluation.totalWeight);
  });

  it("realigns the shifted rows of the text: cost row, goal label in the 一级 column, name in the first column", () => {
    const byName = (n: string) => evaluation.indicators.find((i) => i.name === n);
    expect(byName("京津冀科技协同、京津冀基础研究等项目成本")).toMatchObject({
      goalNo: 1,
      level1: "产出指标",
      level2: "成本指标",
      target: "≤5115万元",
      actual: "5051.15万元",
      weight: 2,
      score: 2,
      deviation: null,
    });
    expect(byName("应用基础研究立项项目数")).toMatchObject({ goalNo: 2, level2: "数量指标", weight: 1, score: 0.5 });
    expect(byName("支持优秀市级重点实验室数量")).toMatchObject({ goalNo: 2, level2: "数量指标", target: "≥25家" });
    expect(byName("国内外基础科技文献资源采购覆盖率")).toMatchObject({ level1: "产出指标", level2: "质量指标" });
    expect(byName("运转服务对象满意度")).toMatchObject({ goalNo: 6, level1: "满意度指标", level2: "服务对象满意度" });
    expect(byName("保障科技局运转及所属事业单位运行成本")).toMatchObject({ level2: "成本指标", score: 0.3 });
    expect(warnings.filter((w) => w.code === "row_realigned")).toHaveLength(7);
  });
});

describe("indicator rows with dropped merged cells (hand-built)", () => {
  const head = [
    "年度指标完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ];

  it("fills 一级/二级/目标 down and reads a bare-number target by position", () => {
    const { document } = understandSelfEvaluation({
      blocks: [
        table([head, ["绩效目标1", "产出指标", "数量指标", "培训人数", "100", "120", "5", "5", ""]]),
        // next page: the table continues, the grouping cells are merged away
        table([head, ["", "", "", "培训场次", "10", "8", "5", "4", "场地不足"]]),
      ],
    });
    const rows = document.evaluation?.indicators ?? [];
    expect(rows.map((r) => [r.goalNo, r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score])).toEqual([
      [1, "产出指标", "数量指标", "培训人数", "100", "120", 5, 5],
      [1, "产出指标", "数量指标", "培训场次", "10", "8", 5, 4],
    ]);
    expect(rows[1]?.deviation).toBe("场地不足");
  });

  it("reads 成本指标 as a 一级 when the document uses the 2021 framework (经济成本指标)", () => {
    const { document } = understandSelfEvaluation({
      blocks: [
        table([
          head,
          ["绩效目标1", "成本指标", "经济成本指标", "项目总成本", "≤50万元", "48万元", "10", "10", ""],
          ["", "成本指标", "社会成本指标", "对周边影响", "无", "无", "5", "5", "", ""],
        ]),
      ],
    });
    const rows = document.evaluation?.indicators ?? [];
    expect(rows.map((r) => [r.level1, r.level2])).toEqual([
      ["成本指标", "经济成本指标"],
      ["成本指标", "社会成本指标"],
    ]);
  });

  it("keeps a deviation text that follows a row missing its trailing cells", () => {
    const { document } = understandSelfEvaluation({
      blocks: [
        table([
          head,
          ["绩效目标1", "效益指标", "社会效益指标", "带动就业", "≥30人", "68人", "2", "1.5", "目标设置偏低"],
          ["", "效益指标", "社会效益指标", "带动就业2", "≥30人", "31人", "2"],
        ]),
      ],
    });
    const rows = document.evaluation?.indicators ?? [];
    expect(rows[0]?.deviation).toBe("目标设置偏低");
    expect(rows[1]).toMatchObject({ weight: 2, score: null, actual: "31人" });
  });
});
