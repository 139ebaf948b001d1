import { describe, expect, it } from "vitest";
import type { PerformanceDocument } from "../../model/document.ts";
import type { Indicator } from "../../model/indicator.ts";
import type { Project } from "../../model/project.ts";
import { document, ind, project } from "../build-fixture.ts";
import { checkDocument } from "../check-document.ts";
import { checkProject } from "../check-project.ts";
import { getRulePack } from "../get-rule-pack.ts";
import { loadRulePack } from "../load-rule-pack.ts";
import { RULE_IDS } from "../rule-catalog.ts";

/** A 1–7月 monitoring row: 年度指标值, 1–7月执行情况, 全年预计, 偏差原因, 完成可能性. */
const row = (name: string, target: string, actual: string, extra: Partial<Indicator> = {}): Indicator =>
  ind("产出指标", "数量指标", name, target, {
    description: null,
    basis: null,
    actual,
    forecast: target.replace(/^[≥≤]/, ""),
    likelihood: "确定能",
    ...extra,
  });

/** The clean builder's indicators, on track in July. */
function onTrack(): Indicator[] {
  return [
    row("培训企业技术人员人次", "≥300人次", "200人次"),
    row("培训考核合格率", "≥90%", "93%", { level2: "质量指标" }),
    row("培训完成时间", "2025年11月30日前", "按计划推进", { level2: "时效指标" }),
    row("培训总成本", "≤100万元", "55万元", { level2: "成本指标" }),
    row("参训企业技术水平", "明显提升", "达成年度指标", { level1: "效益指标", level2: "社会效益指标" }),
    row("参训人员满意度", "≥90%", "—", { level1: "满意度指标", level2: "服务对象满意度指标" }),
  ];
}

/** On track in July: budget 60 % spent (p = 103 %); `first` replaces the first indicator row. */
function monitored(extra: Partial<Project> = {}, first?: Indicator[]): Project {
  const indicators = onTrack();
  if (first !== undefined) indicators.splice(0, 1, ...first);
  return project({
    spendPlan: null,
    execution: { initial: 100, annual: 100, executed: 60, weight: null, score: null, rate: 60, forecast: 100 },
    executionDeviation: null,
    indicators,
    ...extra,
  });
}

function report(
  projects: Project[],
  month: number | null = 7,
  extra: Partial<PerformanceDocument> = {},
): PerformanceDocument {
  return document(projects, { kind: "monitoring", monitoring: { month }, ...extra });
}

function ruleIds(doc: PerformanceDocument, packId = "national"): string[] {
  return checkDocument({ document: doc, pack: getRulePack(packId) }).findings.map((f) => f.ruleId);
}

const slow = { executed: 20, rate: 20, initial: 100, annual: 100, weight: null, score: null, forecast: 90 };

const cases: { rule: string; what: string; pack?: string; bad: PerformanceDocument; good: PerformanceDocument }[] = [
  {
    rule: "M-1",
    what: "预算执行红灯无偏差原因",
    bad: report([monitored({ execution: slow })]),
    good: report([monitored({ execution: slow, executionDeviation: "工程款按进度于四季度支付" })]),
  },
  {
    rule: "M-2",
    what: "指标红灯无偏差原因",
    bad: report([monitored({}, [row("培训人次", "≥300人次", "50人次")])]),
    good: report([monitored({}, [row("培训人次", "≥300人次", "50人次", { deviation: "培训集中在下半年" })])]),
  },
  {
    rule: "M-2",
    what: "河北：偏离度超过20%须说明",
    pack: "hebei",
    bad: report([monitored({}, [row("培训人次", "≥100人次", "150人次")])]),
    good: report([monitored({}, [row("培训人次", "≥100人次", "150人次", { deviation: "需求超出预期" })])]),
  },
  {
    rule: "M-3",
    what: "天津：有可能完成却无全年预计",
    pack: "tianjin-test",
    bad: report([
      monitored({}, [
        row("培训人次", "≥300人次", "200人次", { likelihood: "有可能", forecast: null, deviation: "场地紧张" }),
      ]),
    ]),
    good: report([
      monitored({}, [
        row("培训人次", "≥300人次", "200人次", { likelihood: "有可能", forecast: "280人次", deviation: "场地紧张" }),
      ]),
    ]),
  },
  {
    rule: "M-4",
    what: "完成可能性不是选项",
    bad: report([monitored({}, [row("培训人次", "≥300人次", "200人次", { likelihood: "差不多" })])]),
    good: report([monitored({}, [row("培训人次", "≥300人次", "200人次", { likelihood: "确定能" })])]),
  },
  {
    rule: "M-5",
    what: "截止月份不明",
    bad: report([monitored()], null),
    good: report([monitored()], 7),
  },
  {
    rule: "M-6",
    what: "执行率与执行数不符",
    bad: report([monitored({ execution: { ...slow, executed: 60, rate: 45 } })]),
    good: report([monitored({ execution: { ...slow, executed: 60, rate: 60 } })]),
  },
  {
    rule: "M-7",
    what: "黄灯作为提示",
    bad: report([monitored({ execution: { ...slow, executed: 40, rate: 40 }, executionDeviation: "四季度集中支付" })]),
    good: report([monitored()]),
  },
  {
    rule: "M-8",
    what: "未到年底已超过年度指标值",
    bad: report([monitored({}, [row("培训人次", "≥300人次", "320人次", { deviation: "需求旺盛" })])]),
    good: report([monitored()]),
  },
];

// Tianjin's policy as an administrator's pack would state it.
const tianjin = loadRulePack(
  {
    id: "tianjin-test",
    name: "天津（测试）",
    region: "天津市",
    years: { from: null, to: null },
    extends: "national",
    description: "完成可能性为有可能或完全不可能时须填写全年预计和偏差原因",
    monitoring: { policy: "tianjin" },
  },
  { parents: new Map([["national", getRulePack("national")]]) },
);
const packOf = (id: string) => (id === "tianjin-test" ? tianjin : getRulePack(id));

describe("monitoring rules flag their fragment and pass the corrected one", () => {
  it.each(cases.map((c) => [c.rule, c.what, c] as const))("%s %s", (_rule, _what, c) => {
    const ids = (d: PerformanceDocument) =>
      checkDocument({ document: d, pack: packOf(c.pack ?? "national") }).findings.map((f) => f.ruleId);
    expect(ids(c.bad)).toContain(c.rule);
    expect(ids(c.good)).not.toContain(c.rule);
  });

  it("every monitoring rule of the catalogue has a case here", () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(RULE_IDS.filter((id) => id.startsWith("M-") && !covered.has(id))).toEqual([]);
  });

  it("an on-track report has no finding at all", () => {
    expect(checkDocument({ document: report([monitored()]) }).findings).toEqual([]);
  });

  it("a missing 偏差原因 blocks submission (error) and points at the row", () => {
    const doc = report([monitored({}, [row("培训人次", "≥300人次", "50人次")])]);
    const f = checkDocument({ document: doc }).findings.find((x) => x.ruleId === "M-2");
    expect(f?.severity).toBe("error");
    expect(f?.location).toMatchObject({ section: "project", projectIndex: 0, indicatorIndex: 0, field: "deviation" });
    expect(f?.message).toContain("红灯");
  });

  it("mid-year execution is judged by time progress, not by the year-end 90 % rule (E-3)", () => {
    // July, 45 % spent: yellow, explained — no E-3 although 45 < 90.
    const doc = report([
      monitored({ execution: { ...slow, executed: 45, rate: 45 }, executionDeviation: "后补助资金三季度拨付" }),
    ]);
    const ids = ruleIds(doc);
    expect(ids).not.toContain("E-3");
    expect(ids).toEqual(["M-7"]);
  });

  it("the editor's single-project check knows the month", () => {
    const p = monitored({}, [row("培训人次", "≥300人次", "50人次")]);
    const firstRow = (month: number | null) =>
      checkProject({ project: p, kind: "monitoring", monitoringMonth: month })
        .filter((f) => f.location.indicatorIndex === 0)
        .map((f) => f.ruleId);
    expect(firstRow(7)).toContain("M-2");
    // In February 50 of 300 is on time (p = 100 %).
    expect(firstRow(2)).toEqual([]);
  });

  it("a pack may move the light bands, and a red band above the yellow one is refused", () => {
    const lenient = loadRulePack(
      {
        id: "lenient",
        name: "宽松",
        region: null,
        years: { from: null, to: null },
        extends: "national",
        description: "",
        monitoring: { lights: { red: 20, yellow: 25 } },
      },
      { parents: new Map([["national", getRulePack("national")]]) },
    );
    const doc = report([monitored({}, [row("培训人次", "≥300人次", "50人次")])]);
    const firstRow = (pack = getRulePack("national")) =>
      checkDocument({ document: doc, pack })
        .findings.filter((f) => f.location.indicatorIndex === 0)
        .map((f) => f.ruleId);
    // 50 of 300 by July: p = 28.6 % — red under the 60/80 bands, green under 20/25.
    expect(firstRow()).toEqual(["M-7", "M-2"]);
    expect(firstRow(lenient)).toEqual([]);
    expect(() =>
      loadRulePack(
        { ...lenient.spec, id: "bad", monitoring: { lights: { red: 90, yellow: 80 } } },
        { parents: new Map([["national", getRulePack("national")]]) },
      ),
    ).toThrow(expect.objectContaining({ userMessage: expect.stringContaining("红灯界限") }));
  });
});
