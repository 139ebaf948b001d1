import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeGlyphs } from "./normalize-glyphs.ts";
import { parseValue } from "./parse-value.ts";

// Text made of the pieces value cells are made of, so the generator reaches the interesting paths.
const PIECES = [
  "≥",
  "≧",
  ">=",
  ">",
  "＞",
  "=",
  "＝",
  "≤",
  "≦",
  "<=",
  "<",
  "＜",
  "不低于",
  "不超过",
  "大于",
  "以上",
  "以内",
  "内",
  "0",
  "1",
  "9",
  "12",
  "2024",
  "90",
  "5.5",
  ".",
  "..",
  ",",
  "，",
  "%",
  "％",
  "１",
  "万",
  "亿元",
  "万元",
  "家",
  "个月",
  "月",
  "日",
  "年",
  "底",
  "前",
  "之前",
  "完成",
  "-",
  "~",
  "至",
  "三",
  "十",
  "两",
  "百",
  "百分之",
  "《",
  "》",
  "协议",
  "按照",
  "是",
  "否",
  "无",
  "/",
  " ",
  "　",
  "\n",
  "（含）",
  "第",
  "季度",
  "末",
  "余",
  "约",
  "a",
  "m2",
  "@",
];
const valueish = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join(""));
const anyText = fc.oneof(valueish, fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ maxLength: 30 }));

describe("parseValue properties", () => {
  it("never throws, and its result is consistent", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, actual) => {
        const r = parseValue(text, actual ? { role: "actual" } : undefined);
        const codes = r.problems.map((p) => p.code);
        expect(r.value === null).toBe(r.placeholder || codes.includes("empty"));
        if (r.placeholder) expect(codes).toEqual(["placeholder"]);
        for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
        const v = r.value;
        if (v?.kind === "quantitative") {
          if (v.value === null) expect(codes).toContain("malformed_number");
          else expect(Number.isFinite(v.value)).toBe(true);
          expect(v.text).toBeNull();
        }
        if (v?.kind === "deadline") expect(v.text).toMatch(/^(\d{4}|-)-\d{2}-\d{2}$/);
        if (v?.kind === "boolean") expect([0, 1]).toContain(v.value);
        if (v?.kind === "qualitative") expect(v.text).not.toBe("");
        if (r.upper !== undefined) expect(v?.kind).toBe("quantitative");
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the normalised text as it reads the original", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseValue(text);
        const again = parseValue(r.normalized);
        expect(again.value).toEqual(r.value);
        expect(again.normalizedChanged).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives no value for a number too long for a double, and keeps messages short", () => {
    const r = parseValue(`≥${"9".repeat(400)}家`);
    expect(r.value).toEqual({ kind: "quantitative", op: ">=", value: null, unit: "家", text: null });
    expect(r.problems.map((p) => p.code)).toEqual(["malformed_number"]);
    expect(r.problems[0]?.message.length).toBeLessThan(60);
  });

  it("normalizeGlyphs is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeGlyphs(text);
        expect(normalizeGlyphs(once)).toBe(once);
      }),
    );
  });
});
