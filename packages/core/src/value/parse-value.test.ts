import { describe, expect, it } from "vitest";
import type { ParsedValue } from "../model/value.ts";
import { parseValue } from "./parse-value.ts";
import type { ValueProblemCode } from "./types.ts";

type Row = [text: string, value: Partial<ParsedValue> | null, problems?: ValueProblemCode[], upper?: number];

const q = (op: ParsedValue["op"], value: number, unit: string | null): Partial<ParsedValue> => ({
  kind: "quantitative",
  op,
  value,
  unit,
  text: null,
});
const dl = (text: string, op: ParsedValue["op"] = "<="): Partial<ParsedValue> => ({
  kind: "deadline",
  op,
  value: null,
  unit: null,
  text,
});
const ql = (text: string): Partial<ParsedValue> => ({ kind: "qualitative", op: null, value: null, unit: null, text });
const bool = (value: number): Partial<ParsedValue> => ({ kind: "boolean", op: null, value, unit: null, text: null });

const FORMS: Row[] = [
  // operators and their glyph variants
  ["≥60家", q(">=", 60, "家")],
  ["≧90%", q(">=", 90, "%")],
  [">=90%", q(">=", 90, "%")],
  ["⩾90%", q(">=", 90, "%")],
  ["不低于90%", q(">=", 90, "%")],
  ["大于等于90%", q(">=", 90, "%")],
  ["不少于5项", q(">=", 5, "项")],
  ["100家以上", q(">=", 100, "家")],
  ["100家及以上", q(">=", 100, "家")],
  ["＞5个", q(">", 5, "个")],
  [">5个", q(">", 5, "个")],
  ["大于5个", q(">", 5, "个")],
  ["超过5个", q(">", 5, "个")],
  ["＝100%", q("=", 100, "%")],
  ["=100%", q("=", 100, "%")],
  ["═100%", q("=", 100, "%")],
  ["等于100%", q("=", 100, "%")],
  ["≤300万元", q("<=", 300, "万元")],
  ["≦300万元", q("<=", 300, "万元")],
  ["<=300万元", q("<=", 300, "万元")],
  ["不超过5%", q("<=", 5, "%")],
  ["不高于5%", q("<=", 5, "%")],
  ["小于等于5%", q("<=", 5, "%")],
  ["3个月以内", q("<=", 3, "个月")],
  ["5%以下", q("<=", 5, "%")],
  ["＜5%", q("<", 5, "%")],
  ["<5%", q("<", 5, "%")],
  ["小于5%", q("<", 5, "%")],
  ["低于5%", q("<", 5, "%")],
  // numbers
  ["≥1,000人次", q(">=", 1000, "人次")],
  ["≥1，000人次", q(">=", 1000, "人次")],
  ["≥１２３４５家", q(">=", 12345, "家")],
  ["≥５０％", q(">=", 50, "%")],
  ["≤5.1万元", q("<=", 5.1, "万元")],
  ["≥三家", q(">=", 3, "家")],
  ["≥十二个", q(">=", 12, "个")],
  ["≥一百人", q(">=", 100, "人")],
  ["≥两千五百人次", q(">=", 2500, "人次")],
  ["≥两千五人次", q(">=", 2500, "人次")],
  ["≥一万二千人", q(">=", 12000, "人")],
  ["≥1.5万人次", q(">=", 1.5, "万人次")],
  ["≥百分之九十", q(">=", 90, "%")],
  ["≥90‰", q(">=", 90, "‰")],
  // units
  ["≥4831平方米", q(">=", 4831, "平方米")],
  ["≥604㎡", q(">=", 604, "㎡")],
  ["≥604m2", q(">=", 604, "m2")],
  ["≥5亩", q(">=", 5, "亩")],
  ["≥2场次", q(">=", 2, "场次")],
  ["≥2000家次", q(">=", 2000, "家次")],
  ["≤10个工作日", q("<=", 10, "个工作日")],
  ["≤3个月", q("<=", 3, "个月")],
  ["≥1年", q(">=", 1, "年")],
  ["≤24小时", q("<=", 24, "小时")],
  ["≤550元/平方米", q("<=", 550, "元/平方米")],
  ["≤200元/人", q("<=", 200, "元/人")],
  ["≥3家企业", q(">=", 3, "家企业")],
  ["≥5所", q(">=", 5, "所")],
  // ranges
  ["90%-95%", q(">=", 90, "%"), [], 95],
  ["90%~95%", q(">=", 90, "%"), [], 95],
  ["90%～95%", q(">=", 90, "%"), [], 95],
  ["90%至95%", q(">=", 90, "%"), [], 95],
  ["90-95%", q(">=", 90, "%"), [], 95],
  ["5万元-8万元", q(">=", 5, "万元"), [], 8],
  // deadlines
  ["2024年12月31日前", dl("2024-12-31")],
  ["2024年12月31日之前", dl("2024-12-31")],
  ["12月底前", dl("--12-31")],
  ["12月底前完成", dl("--12-31")],
  ["6月底前", dl("--06-30")],
  ["年底前", dl("--12-31")],
  ["2024年6月", dl("2024-06-30")],
  ["2024年2月", dl("2024-02-29")],
  ["2023年2月底前", dl("2023-02-28")],
  ["2024.12.31前", dl("2024-12-31")],
  ["2024-12-31", dl("2024-12-31")],
  ["已于2024年12月31日前完成", dl("2024-12-31")],
  ["≤2024年12月31日", dl("2024-12-31")],
  ["上半年", dl("--06-30")],
  ["2024年年底前", dl("2024-12-31")],
  ["2024年底", dl("2024-12-31")],
  ["12月中旬前", dl("--12-20")],
  ["12月31号前", dl("--12-31")],
  ["第三季度末前", dl("--09-30")],
  ["三季度末", dl("--09-30")],
  ["2024年第四季度", dl("2024-12-31")],
  ["2024年12月31日前完成拨付", dl("2024-12-31")],
  // booleans
  ["是", bool(1)],
  ["否", bool(0)],
  ["已完成", bool(1)],
  ["未完成", bool(0)],
  // qualitative grades and free text
  ["达成年度指标", ql("达成年度指标")],
  ["部分达成年度指标并具有一定效果", ql("部分达成年度指标并具有一定效果")],
  ["良好", ql("良好")],
  ["优良", ql("优良")],
  ["明显提升", ql("明显提升")],
  ["完全相符", ql("完全相符")],
  ["基本相符", ql("基本相符")],
  ["健全", ql("健全")],
  ["规范", ql("规范")],
  ["有效", ql("有效")],
  ["效果明显", ql("效果明显")],
  ["一般", ql("一般")],
  ["提升孵化服务能力", ql("提升孵化服务能力")],
  ["租金每平 650 元", ql("租金每平650元")],
  ["年内科技特派员工作站全覆盖", ql("年内科技特派员工作站全覆盖")],
  ["12家创新联合体组建完成，支持科技领军企业", ql("12家创新联合体组建完成，支持科技领军企业")],
  // problems
  ["19574.亿元", q(null, 19574, "亿元"), ["malformed_number", "missing_operator"]],
  ["≥1..5%", q(">=", 1.5, "%"), ["malformed_number"]],
  ["≥5,,000元", q(">=", 5000, "元"), ["malformed_number"]],
  ["90%", q(null, 90, "%"), ["missing_operator"]],
  ["≥3", q(">=", 3, null), ["missing_unit"]],
  ["100", q(null, 100, null), ["missing_unit", "missing_operator"]],
  ["12月", q(null, 12, "月"), ["missing_operator"]],
  ["≥5@#", q(">=", 5, "@#"), ["unknown_unit"]],
  ["≥5家-8个", q(">=", 5, "家-8个"), ["unknown_unit"]],
  ["≥5个abcdefgh", q(">=", 5, "个abcdefgh")],
  ["≥5abcdefgh", q(">=", 5, "abcdefgh"), ["unknown_unit"]],
  ["≥5批次", q(">=", 5, "批次")],
  ["≥90%完成", q(">=", 90, "%完成")],
  ["12月底前完成 ≥1年", dl("--12-31"), ["operator_conflict"]],
  ["≥2024年12月31日前", dl("2024-12-31", ">="), ["operator_conflict"]],
  ["≤5%以上", q("<=", 5, "%"), ["operator_conflict"]],
  ["委托运营协议", ql("委托运营协议"), ["not_a_value"]],
  ["按实际情况兑现资金", ql("按实际情况兑现资金"), ["not_a_value"]],
  ["《承德高新区管委会关于进一步加快推进科技创新的十条措施（试行）》", null, ["not_a_value"]],
  ["区内差旅费标准为依据", ql("区内差旅费标准为依据"), ["not_a_value"]],
  ["按时提供办公场地", ql("按时提供办公场地")],
  // more forms seen in other provinces' tables
  ["30日内", q("<=", 30, "日")],
  ["3个工作日内", q("<=", 3, "个工作日")],
  ["100%（含）", q(null, 100, "%"), ["missing_operator"]],
  ["≥500万元（含配套资金）", q(">=", 500, "万元")],
  ["≥90%(抽样)", q(">=", 90, "%")],
  ["≥1次/年", q(">=", 1, "次/年")],
  ["≥2次/季度", q(">=", 2, "次/季度")],
  ["100%覆盖", q(null, 100, "%覆盖"), ["missing_operator"]],
  ["按期完成", bool(1)],
  ["三季度", q(null, 3, "季度"), ["missing_operator"]],
  ["≥-5%", q(">=", -5, "%")],
  ["3—5个", q(">=", 3, "个"), [], 5],
  ["≥1.2倍", q(">=", 1.2, "倍")],
  ["≥3个百分点", q(">=", 3, "个百分点")],
  ["≥三十", q(">=", 30, null), ["missing_unit"]],
  ["不低于上年水平", ql("不低于上年水平")],
  ["零投诉", ql("零投诉")],
  ["无重大安全事故", ql("无重大安全事故")],
  ["年内完成建设并投入使用", dl("--12-31")],
];

describe("parseValue: every form of domain-rules §1.2", () => {
  it.each(FORMS)("%s", (text, value, problems = [], upper) => {
    const r = parseValue(text);
    if (value !== null) expect(r.value).toEqual(value);
    else expect(r.value?.kind).toBe("qualitative");
    expect(r.problems.map((p) => p.code)).toEqual(problems);
    expect(r.upper).toBe(upper);
    expect(r.placeholder).toBe(false);
    for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("parseValue: every unit of the brief", () => {
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
    "月",
    "年",
    "工作日",
    "小时",
    "家次",
    "户",
    "批",
    "期",
    "所",
    "元/平方米",
    "元/人",
  ];
  it.each(UNITS)("≥5%s", (unit) => {
    const r = parseValue(`≥5${unit}`);
    expect(r.value).toEqual(q(">=", 5, unit));
    expect(r.problems).toEqual([]);
  });
});

describe("parseValue: placeholders and empties", () => {
  it.each(["无", "没有", "/", "-", "—", "空", "暂无", "文字描述", "N/A", " 无 "])("%s is a placeholder", (text) => {
    const r = parseValue(text);
    expect(r.value).toBeNull();
    expect(r.placeholder).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(["placeholder"]);
  });
  it.each([null, "", "  ", "\n"])("%j is empty", (text) => {
    const r = parseValue(text);
    expect(r.value).toBeNull();
    expect(r.placeholder).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(["empty"]);
  });
});

describe("parseValue: normalisation", () => {
  it("reports glyph fixes (R-VAL-8) and keeps the normalised text", () => {
    const r = parseValue("≧90%");
    expect(r.normalized).toBe("≥90%");
    expect(r.normalizedChanged).toBe(true);
    expect(parseValue("≥90%").normalizedChanged).toBe(false);
    expect(parseValue("=100%").normalizedChanged).toBe(false);
  });
  it("ignores spaces inside a cell", () => {
    expect(parseValue("≥50 家").value).toEqual(q(">=", 50, "家"));
    expect(parseValue("≥50 家").normalizedChanged).toBe(false);
  });
  it.each([
    ["无", "placeholder", "无"],
    ["19574.亿元", "malformed_number", "19574."],
    ["90%", "missing_operator", "90%"],
    ["≥3", "missing_unit", "≥3"],
    ["≥5@#", "unknown_unit", "@#"],
    ["12月底前完成≥1年", "operator_conflict", "≥1年"],
    ["委托运营协议", "not_a_value", "委托运营协议"],
  ])("the %s message names its part", (text, code, part) => {
    const p = parseValue(text).problems.find((x) => x.code === code);
    expect(p?.message).toContain(`“${part}”`);
  });
  it("names the offending part in messages", () => {
    expect(parseValue("19574.亿元").problems[0]?.message).toContain("19574.");
    expect(parseValue("≥5@#").problems[0]?.message).toContain("@#");
    expect(parseValue("12月底前完成≥1年").problems[0]?.message).toContain("≥1年");
  });
});

describe("parseValue: actual values", () => {
  it("does not ask for an operator in a 实际完成值", () => {
    expect(parseValue("14次", { role: "actual" }).problems).toEqual([]);
    expect(parseValue("92", { role: "actual" }).problems).toEqual([]);
    expect(parseValue("92").problems.map((p) => p.code)).toEqual(["missing_unit", "missing_operator"]);
    expect(parseValue("900余家", { role: "actual" }).value).toEqual(q(">", 900, "家"));
    expect(parseValue("19574.亿元", { role: "actual" }).problems.map((p) => p.code)).toEqual(["malformed_number"]);
  });
});
