import { describe, expect, it } from "vitest";
import { lightBudgetExecution } from "./light-budget-execution.ts";
import { lightIndicator } from "./light-indicator.ts";
import { lightPositiveIndicator } from "./light-positive-indicator.ts";
import { lightQualitativeIndicator } from "./light-qualitative-indicator.ts";
import { lightReverseIndicator } from "./light-reverse-indicator.ts";

describe("lightBudgetExecution (§4.3)", () => {
  it("July with 35 % spent: p = 60 ⇒ yellow (the boundary belongs to yellow)", () => {
    const r = lightBudgetExecution({ rate: 35, month: 7 });
    expect(r.progress).toBe(60);
    expect(r.light).toBe("yellow");
    expect(r.explanation).toContain("58.33%");
  });
  it.each([
    [34.99, 7, "red"],
    [35, 7, "yellow"],
    [46.66, 7, "yellow"],
    [46.67, 7, "green"],
    [40, 6, "green"],
    [39.99, 6, "yellow"],
    [29.99, 6, "red"],
    [30, 6, "yellow"],
    [100, 12, "green"],
    [0, 1, "red"],
  ] as const)("rate %s in month %s ⇒ %s", (rate, month, light) => {
    expect(lightBudgetExecution({ rate, month }).light).toBe(light);
  });
  it("computes the rate from amounts in decimal", () => {
    const r = lightBudgetExecution({ annual: 1200, executed: 300, month: 6 });
    expect(r.progress).toBe(50);
    expect(r.light).toBe("red");
  });
  it("takes bands from settings and refuses bad input", () => {
    expect(lightBudgetExecution({ rate: 35, month: 7, settings: { red: 70, yellow: 90 } }).light).toBe("red");
    expect(lightBudgetExecution({ rate: 35, month: 13 }).light).toBeNull();
    expect(lightBudgetExecution({ annual: 0, executed: 5, month: 6 }).light).toBeNull();
    expect(lightBudgetExecution({ month: 6 }).light).toBeNull();
  });
});

describe("lightPositiveIndicator (§4.3, C4)", () => {
  it.each([
    // target 120 ⇒ 10 per month; at month 6 the time target is 60
    [35.99, "red"],
    [36, "yellow"],
    [47.99, "yellow"],
    [48, "green"],
    [143.99, "green"],
    [144, "blue"],
  ] as const)("%s of ≥120 in June ⇒ %s", (current, light) => {
    expect(lightPositiveIndicator({ target: "≥120家", current, month: 6 }).light).toBe(light);
  });
  it("lights a zero target red and reads texts with units", () => {
    expect(lightPositiveIndicator({ target: "≥0家", current: 5, month: 6 }).light).toBe("red");
    const r = lightPositiveIndicator({ target: "≥120家", current: "60家", month: 6 });
    expect(r.progress).toBe(100);
    expect(r.light).toBe("green");
    expect(lightPositiveIndicator({ target: "≥1亿元", current: "5000万元", month: 6 }).progress).toBe(100);
    expect(lightPositiveIndicator({ target: "≥120家", current: "进行中", month: 6 }).light).toBeNull();
  });
  it("measures rates directly when the pack says rates are not prorated", () => {
    const settings = { prorateRates: false };
    expect(lightPositiveIndicator({ target: "≥90%", current: "50%", month: 6 }).light).toBe("green");
    const r = lightPositiveIndicator({ target: "≥90%", current: "50%", month: 6, settings });
    expect(r.progress).toBe(55.5556);
    expect(r.light).toBe("red");
    expect(lightPositiveIndicator({ target: "≥90%", current: "72%", month: 6, settings }).light).toBe("green");
    expect(lightPositiveIndicator({ target: "≥90%", current: "71.99%", month: 6, settings }).light).toBe("yellow");
    expect(lightPositiveIndicator({ target: "≥120家", current: 36, month: 6, settings }).light).toBe("yellow");
  });
  it("uses the configured blue ratio", () => {
    expect(lightPositiveIndicator({ target: 100, current: 120, month: 12, settings: { blueRatio: 1.5 } }).light).toBe(
      "green",
    );
  });
});

describe("lightReverseIndicator", () => {
  it.each([
    // ≤120万元: by June the allowance is 60; p = 60 ÷ current × 100
    [0, "green"],
    [60, "green"],
    [75, "green"],
    [75.01, "yellow"],
    [100, "yellow"],
    [100.01, "red"],
    [121, "red"],
  ] as const)("%s used of ≤120 in June ⇒ %s", (current, light) => {
    expect(lightReverseIndicator({ target: "≤120万元", current, month: 6 }).light).toBe(light);
  });
});

describe("lightReverseIndicator on levels (unit costs, durations, rates)", () => {
  it("compares a level with the target as it stands", () => {
    // Tianjin fixture: 单个项目平均补助金额 ≤25万元, 21.4万元 by July: under the cap, not "ahead of time".
    const unitCost = lightReverseIndicator({
      target: "≤25万元",
      current: "21.4万元",
      month: 7,
      name: "单个项目平均补助金额",
    });
    expect(unitCost.light).toBe("green");
    expect(lightReverseIndicator({ target: "≤25万元", current: "21.4万元", month: 7 }).light).toBe("yellow");
    expect(lightReverseIndicator({ target: "≤3个月", current: "3个月", month: 2 }).light).toBe("green");
    expect(lightReverseIndicator({ target: "≤10天", current: "12.5天", month: 6 }).light).toBe("green");
    expect(lightReverseIndicator({ target: "≤10天", current: "12.51天", month: 6 }).light).toBe("yellow");
    expect(lightReverseIndicator({ target: "≤10天", current: "16.67天", month: 6 }).light).toBe("red");
    expect(lightReverseIndicator({ target: "≤5%", current: "4%", month: 1 }).light).toBe("green");
    expect(lightReverseIndicator({ target: "≤550元/平方米", current: "560元/平方米", month: 6 }).light).toBe("green");
    expect(lightReverseIndicator({ target: "≤120万元", current: 75.01, month: 6, cumulative: false }).light).toBe(
      "green",
    );
  });
});

describe("lights on the hand-made Tianjin monitoring table (fixtures/text/project-monitoring-tianjin.txt, July)", () => {
  it.each([
    ["支持成果转化项目数", "≥30项", "16项", "green"],
    ["举办成果对接活动场次", "≥10场", "6场", "green"],
    ["项目验收通过率", "≥90%", "—", null],
    ["补助资金拨付完成时间", "2024年11月30日前", "未完成", null],
    ["单个项目平均补助金额", "≤25万元", "21.4万元", "green"],
    ["技术合同成交额", "≥1200亿元", "760亿元", "green"],
    ["带动企业新增研发投入", "≥5亿元", "1.8亿元", "yellow"],
  ] as const)("%s %s / %s ⇒ %s", (name, target, current, light) => {
    expect(lightIndicator({ target, current, month: 7, name }).light).toBe(light);
  });
  it("lights the budget yellow: 45 % by July is 77 % of time progress", () => {
    const r = lightBudgetExecution({ annual: 760, executed: 342, month: 7 });
    expect(r.light).toBe("yellow");
    expect(r.progress).toBeCloseTo(77.1429, 4);
  });
});

describe("lightQualitativeIndicator (C5)", () => {
  it.each([
    ["达成年度指标", "green"],
    ["达成目标", "green"],
    ["部分达成目标并具有一定效果", "yellow"],
    ["未达成目标且效果较差", "red"],
    ["正在推进", null],
    [null, null],
  ] as const)("%s ⇒ %s", (current, light) => {
    expect(lightQualitativeIndicator({ current }).light).toBe(light);
  });
});

describe("lightIndicator", () => {
  it("picks the light by the target's kind", () => {
    expect(lightIndicator({ target: "≥120家", current: 144, month: 6 }).light).toBe("blue");
    expect(lightIndicator({ target: "≤120万元", current: 121, month: 6 }).light).toBe("red");
    expect(lightIndicator({ target: "良好", current: "部分达成目标并具有一定效果", month: 6 }).light).toBe("yellow");
    expect(lightIndicator({ target: "2024年12月31日前", current: "推进中", month: 6 }).light).toBeNull();
    expect(lightIndicator({ target: "无", current: 5, month: 6 }).light).toBeNull();
  });
});
