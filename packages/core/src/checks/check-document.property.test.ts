import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../model/indicator.ts";
import type { Project } from "../model/project.ts";
import { document, project } from "./build-fixture.ts";
import { checkDocument } from "./check-document.ts";
import { getRulePack } from "./get-rule-pack.ts";
import { CHECK_FAILED } from "./rule-catalog.ts";

// Cell texts: real wording, odd glyphs and plain noise, so that every rule meets what it was not written for.
const fragments = [
  "≥",
  "≤",
  "＝",
  "≧",
  ">=",
  "90",
  "100",
  "0",
  "19574.",
  "%",
  "万元",
  "元/平方米",
  "家",
  "次",
  "人次",
  "是",
  "无",
  "文字描述",
  "2025年12月31日前",
  "12月底前完成",
  "满意度",
  "成本",
  "完成率",
  "是否",
  "XXX",
  "0A",
  "生态",
  "《办法》",
  "以上",
  "，",
  " ",
];
const cell = fc.oneof(
  fc.constant(null),
  fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((xs) => xs.join("")),
  fc.string({ maxLength: 12 }),
);
const label = fc.constantFrom("产出指标", "效益指标", "效果指标", "满意度指标", "成本指标", "运行成本", "", "其他");
const level2 = fc.constantFrom(
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济成本指标",
  "生态效益指标",
  "服务对象满意度",
  "",
  null,
);
const num = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
);

const indicator: fc.Arbitrary<Indicator> = fc.record({
  level1: label,
  level2,
  name: cell.map((s) => s ?? ""),
  description: cell,
  target: cell,
  targetParsed: fc.constant(null),
  basis: cell,
  goalNo: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 3 })),
  actual: cell,
  weight: num,
  score: num,
  deviation: cell,
});

const projectArb: fc.Arbitrary<Project> = fc
  .record({
    code: cell,
    budget: fc.oneof(fc.constant(null), fc.record({ total: num, fiscal: num, other: num })),
    spendPlan: fc.oneof(fc.constant(null), fc.record({ mar: num, jun: num, oct: num, dec: num })),
    goals: fc.array(
      cell.map((s) => s ?? ""),
      { maxLength: 3 },
    ),
    purpose: cell,
    indicators: fc.array(indicator, { maxLength: 12 }),
    scored: fc.boolean(),
  })
  .map(({ scored, ...p }) =>
    project({
      ...p,
      execution: scored ? { initial: 100, annual: 100, executed: 90, weight: 10, score: 9, rate: 90 } : null,
    }),
  );

describe("checkDocument on arbitrary content", () => {
  it("never throws, never needs its safety net, and is deterministic", () => {
    const packs = ["national", "hubei", "guangxi", "hebei", "central-2022"].map((id) => getRulePack(id));
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 4 }), fc.integer({ min: 0, max: 4 }), (projects, k) => {
        const doc = document(projects);
        const pack = packs[k];
        const a = checkDocument({ document: doc, pack });
        expect(a.findings.filter((f) => f.ruleId === CHECK_FAILED)).toEqual([]);
        expect(checkDocument({ document: doc, pack })).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
