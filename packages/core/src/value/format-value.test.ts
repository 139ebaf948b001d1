import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Operator, ParsedValue } from "../model/value.ts";
import { formatValue } from "./format-value.ts";
import { parseValue } from "./parse-value.ts";

const UNITS = [
  "%",
  "‰",
  "元",
  "万元",
  "亿元",
  "家",
  "个",
  "项",
  "次",
  "场",
  "场次",
  "人",
  "人次",
  "套",
  "篇",
  "份",
  "台",
  "件",
  "平方米",
  "㎡",
  "m2",
  "亩",
  "公里",
  "天",
  "日",
  "个月",
  "工作日",
  "个工作日",
  "小时",
  "家次",
  "户",
  "批",
  "期",
  "所",
  "元/平方米",
  "元/人",
  "万人次",
];
const OPS: Operator[] = [">=", ">", "=", "<=", "<"];
const GRADES = [
  "达成年度指标",
  "部分达成年度指标并具有一定效果",
  "未达成年度指标且效果较差",
  "良好",
  "优良",
  "明显提升",
  "完全相符",
  "基本相符",
  "健全",
  "规范",
  "有效",
  "效果明显",
  "提升孵化服务能力",
  "一般",
];

const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 100);
const signed = fc.integer({ min: -100_000_000, max: 10_000_000_000 }).map((n) => n / 100);
const quantitative = fc.record({
  kind: fc.constant("quantitative" as const),
  op: fc.constantFrom<Operator | null>(...OPS, null),
  value: signed,
  unit: fc.constantFrom<string | null>(...UNITS, null),
  text: fc.constant(null),
});
const isoDate = fc
  .record({
    y: fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: null }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y === null ? "-" : y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const deadline = fc.record({
  kind: fc.constant("deadline" as const),
  op: fc.constantFrom<Operator>("<=", "<", "="),
  value: fc.constant(null),
  unit: fc.constant(null),
  text: isoDate,
});
const boolean = fc.record({
  kind: fc.constant("boolean" as const),
  op: fc.constant(null),
  value: fc.constantFrom(0, 1),
  unit: fc.constant(null),
  text: fc.constant(null),
});
const qualitative = fc.record({
  kind: fc.constant("qualitative" as const),
  op: fc.constant(null),
  value: fc.constant(null),
  unit: fc.constant(null),
  text: fc.constantFrom(...GRADES),
});
const parsedValue: fc.Arbitrary<ParsedValue> = fc.oneof(quantitative, deadline, boolean, qualitative);

describe("formatValue", () => {
  it("renders the canonical text", () => {
    expect(formatValue({ kind: "quantitative", op: ">=", value: 90, unit: "%", text: null })).toBe("≥90%");
    expect(formatValue({ kind: "quantitative", op: "<=", value: 5.1, unit: "万元", text: null })).toBe("≤5.1万元");
    expect(formatValue({ kind: "quantitative", op: "=", value: 100, unit: "%", text: null })).toBe("＝100%");
    expect(formatValue({ kind: "deadline", op: "<=", value: null, unit: null, text: "2024-12-31" })).toBe(
      "2024年12月31日前",
    );
    expect(formatValue({ kind: "deadline", op: "<=", value: null, unit: null, text: "--12-31" })).toBe("12月31日前");
    expect(formatValue({ kind: "boolean", op: null, value: 1, unit: null, text: null })).toBe("是");
    expect(formatValue({ kind: "boolean", op: null, value: 0, unit: null, text: null })).toBe("否");
    expect(formatValue({ kind: "quantitative", op: ">=", value: 90, unit: "%", text: null }, { upper: 95 })).toBe(
      "90%-95%",
    );
  });

  it("round-trips: parseValue(formatValue(v)).value equals v", () => {
    fc.assert(
      fc.property(parsedValue, (v) => {
        const r = parseValue(formatValue(v));
        expect(r.value).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips ranges through `upper`", () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("%", "万元", "家"), (a, b, unit) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const v: ParsedValue = { kind: "quantitative", op: ">=", value: lo, unit, text: null };
        const r = parseValue(formatValue(v, { upper: hi }));
        expect(r.value).toEqual(v);
        expect(r.upper).toBe(hi);
      }),
    );
  });

  it("is a fixed point on the canonical text of any parse", () => {
    fc.assert(
      fc.property(parsedValue, (v) => {
        const text = formatValue(v);
        expect(formatValue(parseValue(text).value ?? v)).toBe(text);
      }),
    );
  });
});
