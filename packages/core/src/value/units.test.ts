import { describe, expect, it } from "vitest";
import { normalizeGlyphs } from "./normalize-glyphs.ts";
import { qualitativeBand } from "./qualitative-band.ts";
import { isKnownUnit, measureUnitKind, toYuan } from "./units.ts";

describe("measureUnitKind", () => {
  it.each([
    ["%", "percent"],
    ["‰", "percent"],
    ["个百分点", "percent"],
    ["元", "money"],
    ["万元", "money"],
    ["亿元", "money"],
    ["元/平方米", "money"],
    ["元/人", "money"],
    ["家", "count"],
    ["人次", "count"],
    ["万人次", "count"],
    ["家企业", "count"],
    ["场次", "count"],
    ["个月", "time"],
    ["个工作日", "time"],
    ["年", "time"],
    ["平方米", "area"],
    ["㎡", "area"],
    ["m2", "area"],
    ["亩", "area"],
    ["公里", "other"],
    ["亿", "other"],
    ["@#", "other"],
    [null, "other"],
  ] as const)("%s → %s", (unit, kind) => {
    expect(measureUnitKind(unit)).toBe(kind);
  });
});

describe("isKnownUnit", () => {
  it("knows plain, magnitude-prefixed and compound units", () => {
    expect(isKnownUnit("家次")).toBe(true);
    expect(isKnownUnit("万人次")).toBe(true);
    expect(isKnownUnit("元/每平方米")).toBe(true);
    expect(isKnownUnit("@#")).toBe(false);
    expect(isKnownUnit("")).toBe(false);
  });
});

describe("toYuan", () => {
  it("converts money exactly through decimal", () => {
    expect(toYuan(5.1, "万元")).toBe(51000);
    expect(toYuan("0.0001", "亿元")).toBe(10000);
    expect(toYuan(1.1, "千元")).toBe(1100);
    expect(toYuan(34403.58, "万元")).toBe(344035800);
    expect(toYuan(12, "元")).toBe(12);
  });
  it("refuses non-money units", () => {
    expect(toYuan(5, "家")).toBeNull();
    expect(toYuan(5, "元/平方米")).toBeNull();
    expect(toYuan(5, null)).toBeNull();
  });
});

describe("normalizeGlyphs", () => {
  it.each([
    ["≧90%", "≥90%"],
    ["≦5%", "≤5%"],
    [">=90%", "≥90%"],
    ["<=5%", "≤5%"],
    ["＞＝90%", "≥90%"],
    [">5", "＞5"],
    ["<5", "＜5"],
    ["═100%", "＝100%"],
    ["≥１２３％", "≥123%"],
    ["ｍ２", "m2"],
  ])("%s → %s", (from, to) => {
    expect(normalizeGlyphs(from)).toBe(to);
  });
  it("returns the same string when nothing changes, and keeps Chinese punctuation and words", () => {
    const s = "大于等于90%，（含）";
    expect(normalizeGlyphs(s)).toBe(s);
    expect(normalizeGlyphs("=100%")).toBe("=100%");
  });
});

describe("qualitativeBand", () => {
  it.each([
    ["达成年度指标", "achieved"],
    ["达成目标", "achieved"],
    ["部分达成年度指标并具有一定效果", "partial"],
    ["部分达成目标并具有一定效果", "partial"],
    ["未达成年度指标且效果较差", "not_achieved"],
    ["未达成目标且效果较差", "not_achieved"],
    ["良好", null],
    [null, null],
  ] as const)("%s → %s", (text, band) => {
    expect(qualitativeBand(text)).toBe(band);
  });
});
