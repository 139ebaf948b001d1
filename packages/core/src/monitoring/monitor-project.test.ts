import { describe, expect, it } from "vitest";
import type { Indicator } from "../model/indicator.ts";
import type { Project } from "../model/project.ts";
import { monitorProject } from "./monitor-project.ts";
import { explanationPolicies } from "./required-explanations.ts";

const row = (
  name: string,
  target: string,
  actual: string,
  forecast: string,
  likelihood: string,
  deviation: string | null = null,
): Indicator => ({
  level1: "产出指标",
  level2: null,
  name,
  description: null,
  target,
  targetParsed: null,
  basis: null,
  goalNo: null,
  actual,
  forecast,
  likelihood,
  weight: null,
  score: null,
  deviation,
});

/** The hand-made Tianjin monitoring table (fixtures/text/project-monitoring-tianjin.txt), as of July. */
function tianjin(): Project {
  return {
    name: "天津市科技成果转化专项资金",
    execution: { initial: 800, annual: 760, executed: 342, weight: null, score: null, rate: 45, forecast: 760 },
    executionDeviation: "部分成果转化后补助项目需待第三季度绩效评审后拨付。",
    indicators: [
      row("支持成果转化项目数", "≥30项", "16项", "32项", "确定能"),
      row("举办成果对接活动场次", "≥10场", "6场", "11场", "确定能"),
      row("项目验收通过率", "≥90%", "—", "92%", "确定能", "项目尚未到验收期"),
      row(
        "补助资金拨付完成时间",
        "2024年11月30日前",
        "未完成",
        "2024年11月完成",
        "有可能",
        "后补助项目评审安排在第三季度",
      ),
      row("单个项目平均补助金额", "≤25万元", "21.4万元", "23.75万元", "确定能"),
      row("技术合同成交额", "≥1200亿元", "760亿元", "1250亿元", "确定能"),
      row("带动企业新增研发投入", "≥5亿元", "1.8亿元", "4.5亿元", "有可能", "部分企业研发投入统计滞后"),
      row("服务企业满意度", "≥90%", "—", "92%", "确定能", "满意度调查计划于11月开展"),
    ],
  } as unknown as Project;
}

describe("monitorProject on the Tianjin table", () => {
  it("lights the budget and every indicator", () => {
    const r = monitorProject({ project: tianjin(), month: 7 });
    expect(r.budget.light).toBe("yellow");
    expect(r.indicators.map((x) => x.light.light)).toEqual([
      "green",
      "green",
      null,
      null,
      "green",
      "green",
      "yellow",
      null,
    ]);
    expect(r.worst).toBe("yellow");
    expect(r.counts).toEqual({ red: 0, yellow: 1, green: 4, blue: 0, none: 3 });
    // default policy: the yellow row has its reason; the yellow budget too.
    expect(r.indicators[6]?.explanations.missing).toEqual([]);
    expect(r.budgetExplanations.required.map((x) => x.field)).toEqual(["deviationReason"]);
    expect(r.budgetExplanations.missing).toEqual([]);
  });

  it("applies the Tianjin policy: 有可能 needs a forecast and a reason", () => {
    const r = monitorProject({ project: tianjin(), month: 7, policy: explanationPolicies.tianjin });
    expect(r.indicators[3]?.explanations.required.map((x) => x.field)).toEqual(["deviationReason", "forecast"]);
    expect(r.indicators[3]?.explanations.missing).toEqual([]);
    const p = tianjin();
    const rows = p.indicators.map((i, k) => (k === 6 ? { ...i, deviation: null, forecast: null } : i));
    const missing = monitorProject({
      project: { ...p, indicators: rows },
      month: 7,
      policy: explanationPolicies.tianjin,
    });
    expect(missing.indicators[6]?.explanations.missing.map((x) => x.field)).toEqual(["deviationReason", "forecast"]);
  });
});
