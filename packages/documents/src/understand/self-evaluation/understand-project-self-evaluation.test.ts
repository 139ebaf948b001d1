import { readFileSync } from "node:fs";
import { documentSchema, sum } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../text/text-to-blocks.ts";
import { isSelfEvaluation, understandSelfEvaluation } from "./understand-self-evaluation.ts";

// Hand-made 项目支出绩效自评表 in the Sichuan layout (domain-rules §6.9): 项目资金 rows, 预期目标 | 实际完成情况,
// indicator rows with separate 指标性质 and 度量单位 columns, 评价结论 / 存在问题 / 改进措施.
const text = readFileSync(
  new URL("../../../../../fixtures/text/project-self-evaluation-sichuan.txt", import.meta.url),
  "utf8",
);

describe("项目支出绩效自评表 (hand-made, Sichuan layout)", () => {
  const blocks = textToBlocks(text);
  const { document, warnings } = understandSelfEvaluation({ blocks });
  const project = document.projects[0];
  const evaluation = document.evaluation;
  if (project === undefined || evaluation === null) throw new Error("no project / evaluation");

  it("is one project of a self-evaluation document, valid jixiao/v1", () => {
    expect(isSelfEvaluation(blocks)).toBe(true);
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.kind).toBe("self-evaluation");
    expect(document.title).toBe("项目支出绩效自评表");
    expect(document.year).toBe(2023);
    expect(document.projects).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it("reads project name, 主管部门 and 实施单位", () => {
    expect(project.name).toBe("成都市武侯区科技创新券补助资金");
    expect(document.department?.name).toBe("成都市武侯区科学技术局");
    expect(project.unit?.name).toBe("成都市武侯区科技创新服务中心");
  });

  it("takes the execution from the 年度资金总额 row, not the 其中 rows", () => {
    expect(project.execution).toEqual({ initial: 300, annual: 280, executed: 268.8, weight: 10, score: 9.6, rate: 96 });
    expect(evaluation.execution).toEqual(project.execution);
  });

  it("reads 预期目标 and 实际完成情况", () => {
    expect(project.goals).toHaveLength(1);
    expect(evaluation.goals[0]?.achieved).toMatch(/^全年共向92家/);
    expect(project.goalsAchieved).toBe(evaluation.goals[0]?.achieved);
  });

  it("joins 指标性质 + 年度指标值 + 度量单位 into the target and keeps the unit", () => {
    expect(project.indicators).toHaveLength(8);
    expect(project.indicators[0]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      name: "支持企业数量",
      target: "≥80家",
      measureUnit: "家",
      actual: "92",
      weight: 15,
      score: 15,
    });
    expect(project.indicators[0]?.targetParsed).toMatchObject({
      kind: "quantitative",
      op: ">=",
      value: 80,
      unit: "家",
    });
    expect(project.indicators[1]).toMatchObject({ level2: "数量指标", name: "兑付创新券金额", target: "≤280万元" });
    expect(project.indicators[6]).toMatchObject({ score: 13.13, deviation: expect.stringMatching(/^部分服务机构/) });
  });

  it("totals: weights 90 + execution 10 = 100; scores + execution score = 97.73; grade 优", () => {
    expect(sum(evaluation.indicators.map((i) => i.weight))).toBe(90);
    expect(sum([...evaluation.indicators.map((i) => i.score), evaluation.execution.score])).toBe(97.73);
    expect([evaluation.totalWeight, evaluation.totalScore, evaluation.grade]).toEqual([100, 97.73, "优"]);
    expect(project.conclusion).toMatch(/^项目总体完成情况良好/);
  });
});

describe("several project forms in one document", () => {
  const second = text
    .replace("成都市武侯区科技创新券补助资金", "成都市武侯区孵化载体运营补助")
    .replace("97.73", "96.5")
    .replace("自评等级为优", "自评等级为优");
  const { document } = understandSelfEvaluation({ blocks: textToBlocks(`${text}\n\n\n${second}`) });

  it("gives one project per form, each with its rows, execution and stated totals", () => {
    expect(document.projects.map((p) => p.name)).toEqual([
      "成都市武侯区科技创新券补助资金",
      "成都市武侯区孵化载体运营补助",
    ]);
    expect(document.projects.map((p) => p.indicators.length)).toEqual([8, 8]);
    expect(document.projects.map((p) => [p.totalWeight, p.totalScore, p.grade])).toEqual([
      [100, 97.73, "优"],
      [100, 96.5, "优"],
    ]);
    expect(document.projects[1]?.execution).toMatchObject({ annual: 280, executed: 268.8 });
    expect(document.projects[0]?.conclusion).toBe("项目总体完成情况良好，自评得分97.73分，自评等级为优。");
  });

  it("has no document-level evaluation when no single form stands for the document", () => {
    expect(document.evaluation).toBeNull();
    expect(documentSchema.safeParse(document).success).toBe(true);
  });
});
