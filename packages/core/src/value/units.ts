import { convertAmount, dec, type Num } from "../decimal.ts";

/** What a 度量单位 measures; the checks compare it with the indicator name (R-VAL-3). */
export type MeasureUnitKind = "percent" | "money" | "count" | "time" | "area" | "other";

const KINDS: Record<Exclude<MeasureUnitKind, "other">, readonly string[]> = {
  percent: ["%", "‰", "个百分点", "百分点"],
  money: ["元", "万元", "亿元", "千元", "百万元"],
  count: [
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
    "家次",
    "户",
    "户次",
    "批",
    "期",
    "所",
    "间",
    "座",
    "辆",
    "本",
    "册",
    "条",
    "张",
    "部",
    "处",
    "名",
    "位",
    "株",
    "棵",
    "只",
    "头",
    "门",
    "节",
    "课时",
    "组",
    "支",
    "类",
    "种",
    "款",
    "例",
    "人天",
    "人日",
    "篇次",
    "期次",
    "批次",
    "栋",
    "幢",
    "盏",
    "块",
    "根",
    "趟",
    "单",
    "笔",
    "宗",
    "起",
    "份次",
    "次/年",
    "个/年",
    "项/年",
  ],
  time: ["天", "日", "个月", "月", "年", "工作日", "个工作日", "小时", "分钟", "周", "个季度", "季度", "秒", "h"],
  area: ["平方米", "㎡", "m2", "m²", "平米", "平方公里", "亩", "公顷", "平方千米", "km2"],
};
/** Measures that are neither counts nor money but are still real units (kept without a problem). */
const OTHER_UNITS = [
  "公里",
  "千米",
  "米",
  "km",
  "m",
  "厘米",
  "吨",
  "千克",
  "公斤",
  "kg",
  "立方米",
  "m3",
  "千瓦",
  "kW",
  "千瓦时",
  "度",
  "分",
  "倍",
  "级",
  "星",
  "GB",
  "TB",
  "Mbps",
  "兆",
  "床",
  "辆次",
  "车次",
];

const UNIT_KIND = new Map<string, MeasureUnitKind>();
for (const [kind, list] of Object.entries(KINDS)) for (const u of list) UNIT_KIND.set(u, kind as MeasureUnitKind);
for (const u of OTHER_UNITS) if (!UNIT_KIND.has(u)) UNIT_KIND.set(u, "other");
let maxLen = 0;
for (const u of UNIT_KIND.keys()) maxLen = Math.max(maxLen, u.length);
const MAX_UNIT_LEN = maxLen;

/** Magnitude prefixes written in front of a unit: 1.5万人次 is read as 1.5 with unit 万人次. */
function stripMagnitude(unit: string): string {
  const c = unit.charCodeAt(0);
  // 万 亿 千 百 十
  if ((c === 0x4e07 || c === 0x4ebf || c === 0x5343 || c === 0x767e || c === 0x5341) && unit.length > 1) {
    return unit.slice(1);
  }
  return unit;
}

/** The longest known unit at the start of `unit` ("家企业" → "家"), or null. */
export function knownUnitPrefix(unit: string): string | null {
  for (let len = Math.min(unit.length, MAX_UNIT_LEN); len > 0; len--) {
    const p = unit.length === len ? unit : unit.slice(0, len);
    if (UNIT_KIND.has(p)) return p;
  }
  return null;
}

/** True when `unit` is a unit we know: exact, with a magnitude prefix (万人次), or compound (元/平方米, 元/每人). */
export function isKnownUnit(unit: string): boolean {
  if (unit === "") return false;
  if (UNIT_KIND.has(unit)) return true;
  const bare = stripMagnitude(unit);
  if (bare !== unit && UNIT_KIND.has(bare)) return true;
  const slash = unit.indexOf("/");
  if (slash > 0 && slash < unit.length - 1) {
    const left = unit.slice(0, slash);
    let right = unit.slice(slash + 1);
    if (right.charCodeAt(0) === 0x6bcf /* 每 */) right = right.slice(1);
    return isKnownUnit(left) && (isKnownUnit(right) || right.length <= 4);
  }
  return false;
}

/**
 * What a unit measures. Compound units take the kind of their numerator (元/平方米 is money), magnitude prefixes are
 * ignored (万人次 is a count), and a known unit followed by a noun counts as that unit (家企业 → count).
 */
export function measureUnitKind(unit: string | null): MeasureUnitKind {
  if (unit === null || unit === "") return "other";
  const exact = UNIT_KIND.get(unit);
  if (exact !== undefined) return exact;
  const slash = unit.indexOf("/");
  if (slash > 0) return measureUnitKind(unit.slice(0, slash));
  const bare = stripMagnitude(unit);
  if (bare !== unit) {
    const k = UNIT_KIND.get(bare) ?? (knownUnitPrefix(bare) === null ? undefined : measureUnitKind(bare));
    if (k !== undefined) return k;
  }
  const prefix = knownUnitPrefix(unit);
  return prefix === null ? "other" : (UNIT_KIND.get(prefix) ?? "other");
}

/** An amount in 元/千元/万元/百万元/亿元 converted to 元, exactly (decimal); null for any other unit. */
export function toYuan(value: Num, unit: string | null): number | null {
  if (unit === "千元") return dec(value).times(1000).toNumber();
  if (unit === "百万元") return dec(value).times(1_000_000).toNumber();
  if (unit === null) return null;
  return convertAmount(value, unit, "元");
}
