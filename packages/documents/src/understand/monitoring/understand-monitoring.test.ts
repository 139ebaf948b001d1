import { readFileSync } from "node:fs";
import { documentSchema } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Block, Cell } from "../../blocks.ts";
import { textToBlocks } from "../../text/text-to-blocks.ts";
import { isSelfEvaluation } from "../self-evaluation/understand-self-evaluation.ts";
import { isMonitoring, understandMonitoring } from "./understand-monitoring.ts";

// Hand-made 项目支出绩效运行监控表 (no seed exists): fields of domain-rules §4.2, data to 1–7月.
const text = readFileSync(
  new URL("../../../../../fixtures/text/project-monitoring-tianjin.txt", import.meta.url),
  "utf8",
);
const table = (rows: string[][]): Block => ({
  kind: "table",
  rows: rows.map((r) => r.map((t): Cell => ({ text: t }))),
});

describe("绩效运行监控表 (hand-made, 1–7月)", () => {
  const blocks = textToBlocks(text);
  const { document, warnings } = understandMonitoring({ blocks });
  const project = document.projects[0];
  if (project === undefined) throw new Error("no project");

  it("is recognised as monitoring, not as a self-evaluation, and is valid jixiao/v1", () => {
    expect(isMonitoring(blocks)).toBe(true);
    expect(isSelfEvaluation(blocks)).toBe(false);
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("reads kind, year, month and the project head", () => {
    expect([document.kind, document.year, document.monitoring?.month]).toEqual(["monitoring", 2024, 7]);
    expect(project.name).toBe("天津市科技成果转化专项资金");
    expect(project.unit?.name).toBe("天津市科技成果转化服务中心");
    expect(document.department?.name).toBe("天津市科学技术局");
  });

  it("reads the budget block with 1–7月执行数, 全年预计执行数 and the deviation with its measures", () => {
    expect(project.execution).toEqual({
      initial: 800,
      annual: 760,
      executed: 342,
      weight: null,
      score: null,
      rate: 45,
      forecast: 760,
    });
    expect(project.executionDeviation).toBe(
      "部分成果转化后补助项目需待第三季度绩效评审后拨付。改进措施：加快评审进度，9月底前完成拨付。",
    );
  });

  it("reads 年度总体目标 against 1–7月实际完成情况", () => {
    expect(project.goals).toHaveLength(1);
    expect(project.goalsAchieved).toMatch(/^已支持成果转化项目16项/);
  });

  it("reads every indicator row: actual = 1–7月执行情况, forecast, deviation, likelihood; sign-off line ignored", () => {
    expect(project.indicators).toHaveLength(8);
    expect(project.indicators.map((i) => i.likelihood)).toEqual([
      "确定能",
      "确定能",
      "确定能",
      "有可能",
      "确定能",
      "确定能",
      "有可能",
      "确定能",
    ]);
    expect(project.indicators[1]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      name: "举办成果对接活动场次",
      target: "≥10场",
      actual: "6场",
      forecast: "11场",
      deviation: null,
    });
    expect(project.indicators[3]).toMatchObject({
      level2: "时效指标",
      target: "2024年11月30日前",
      actual: "未完成",
      deviation: "后补助项目评审安排在第三季度；改进措施：提前组织评审",
    });
    expect(project.indicators[3]?.targetParsed).toMatchObject({ kind: "deadline", text: "2024-11-30" });
  });
});

describe("monitoring, hand-built layouts", () => {
  it("takes the month from a 1-6月 column and names a department-level form after the department", () => {
    const { document, warnings } = understandMonitoring({
      blocks: [
        { kind: "paragraph", text: "部门整体绩效运行监控表" },
        table([["部门名称", "某县农业农村局"]]),
        table([
          ["年初预算数", "全年预算数", "1—6月执行数", "执行率"],
          ["1200.5", "1300", "610.25", "46.94%"],
        ]),
        table([
          ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月执行情况", "全年预计完成情况", "偏差原因分析"],
          ["产出指标", "数量指标", "高标准农田建设面积", "≥5000亩", "2600亩", "5000亩", ""],
        ]),
      ],
    });
    expect(document.monitoring?.month).toBe(6);
    expect(document.projects[0]?.name).toBe("某县农业农村局");
    expect(document.projects[0]?.execution).toMatchObject({ annual: 1300, executed: 610.25, rate: 46.94 });
    expect(document.projects[0]?.indicators[0]).toMatchObject({ actual: "2600亩", forecast: "5000亩" });
    expect(warnings.map((w) => w.code)).toEqual(["project_name_missing"]);
  });
});

describe("several monitoring forms in one document", () => {
  it("gives one project per form with its own execution and rows", () => {
    const second = text
      .replace("天津市科技成果转化专项资金", "天津市科普基地建设资金")
      .replace("\t800\t760\t342\t", "\t300\t300\t120\t");
    const { document } = understandMonitoring({ blocks: textToBlocks(`${text}\n\n\n${second}`) });
    expect(document.projects.map((p) => [p.name, p.execution?.executed, p.indicators.length])).toEqual([
      ["天津市科技成果转化专项资金", 342, 8],
      ["天津市科普基地建设资金", 120, 8],
    ]);
    expect(document.monitoring?.month).toBe(7);
  });
});
