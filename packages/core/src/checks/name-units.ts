/**
 * What unit an indicator name calls for (R-VAL-2 suggestions, R-VAL-3). Heuristic by design: the rules that use
 * it are warnings, and a name we cannot place expects nothing.
 */
export interface ExpectedUnit {
  kind: "percent" | "count" | "money" | "time";
  /** Units that fit; empty means any unit of the kind. */
  units: readonly string[];
  /** The unit to suggest. */
  suggest: string;
  /** The part of the name that decided it. */
  cue: string;
}

const RATE_ENDINGS = [
  "率",
  "比例",
  "比率",
  "占比",
  "比重",
  "百分比",
  "满意度",
  "完成度",
  "知晓度",
  "达标度",
  "覆盖面",
  "增长幅度",
  "增幅",
  "降幅",
];

/** Words that make a % value natural even when the name does not end in 率 (增长10%, 节约5%, 对比). */
const PERCENT_FRIENDLY = [
  "率",
  "比",
  "占",
  "百分",
  "满意",
  "度",
  "覆盖",
  "增长",
  "增幅",
  "下降",
  "降低",
  "提高",
  "提升",
  "节约",
  "减少",
  "变动",
  "完成",
  "达标",
  "合格",
  "达到",
  "对比",
  "份额",
];

const COUNT_CUES: readonly (readonly [string, readonly string[], string])[] = [
  ["人次", ["人次", "万人次", "人", "万人"], "人次"],
  ["场次", ["场", "场次", "次", "期", "批次"], "场"],
  ["频次", ["次", "场", "场次", "批次", "期"], "次"],
  ["次数", ["次", "场", "场次", "批次", "期", "期次", "人次", "家次", "户次", "车次", "趟", "次/年"], "次"],
  ["人数", ["人", "名", "人次", "万人", "万人次", "位"], "人"],
  ["企业数", ["家", "个", "户", "家次", "万家"], "家"],
  ["单位数", ["家", "个", "所", "户"], "家"],
  ["户数", ["户", "家", "万户"], "户"],
  ["机构数", ["家", "个", "所"], "家"],
];

const MONEY_ENDINGS = ["金额", "资金", "成本", "费用", "经费", "总额", "成交额", "投资额", "销售额", "收入", "产值"];
const TIME_CUES = ["时间", "时限", "周期", "天数", "时长", "工期"];

/** A name like "开发数与计划数" is a comparison: it wants a %. */
function isComparison(name: string): boolean {
  const k = name.indexOf("数与");
  return (k >= 0 && name.indexOf("数", k + 2) > k) || name.endsWith("对比") || name.endsWith("之比");
}

const expectedCache = new Map<string, ExpectedUnit | null>();

/** What unit a name calls for (memoised: names recur across projects and edits). */
export function expectedUnit(name: string): ExpectedUnit | null {
  let hit = expectedCache.get(name);
  if (hit === undefined) {
    if (expectedCache.size >= 20_000) expectedCache.clear();
    hit = computeExpectedUnit(name);
    expectedCache.set(name, hit);
  }
  return hit;
}

function computeExpectedUnit(name: string): ExpectedUnit | null {
  for (const e of RATE_ENDINGS)
    if (name.endsWith(e)) return { kind: "percent", units: ["%", "‰"], suggest: "%", cue: e };
  if (isComparison(name)) return { kind: "percent", units: ["%"], suggest: "%", cue: "与…对比" };
  for (const [cue, units, suggest] of COUNT_CUES) if (name.includes(cue)) return { kind: "count", units, suggest, cue };
  for (const e of MONEY_ENDINGS) if (name.endsWith(e)) return { kind: "money", units: [], suggest: "万元", cue: e };
  for (const e of TIME_CUES) if (name.endsWith(e)) return { kind: "time", units: [], suggest: "个月", cue: e };
  return null;
}

export function isPercentFriendly(text: string): boolean {
  for (const w of PERCENT_FRIENDLY) if (text.includes(w)) return true;
  return false;
}

/** Completion-type rates for which a target of 0 is meaningless (R-FEAS-4). */
const POSITIVE_RATE_ENDINGS = [
  "完成率",
  "执行率",
  "覆盖率",
  "到位率",
  "开展率",
  "应用率",
  "合格率",
  "达标率",
  "满意度",
  "满意率",
  "办结率",
  "及时率",
  "使用率",
  "知晓率",
];

export function isPositiveRate(name: string): boolean {
  for (const e of POSITIVE_RATE_ENDINGS) if (name.endsWith(e)) return true;
  return false;
}

/** Rates where going up is bad or where a change is measured (0 is a fine target, >100 possible). */
const REVERSE_CUES = ["变动率", "调整率", "结余率", "差错", "投诉", "事故", "发生率", "失误", "偏差", "流失", "空置"];

export function isReverseName(name: string): boolean {
  for (const c of REVERSE_CUES) if (name.includes(c)) return true;
  return false;
}

const GROWTH_CUES = ["增长", "增幅", "增加", "提高", "提升", "变动", "带动", "倍"];

export function isGrowthName(name: string): boolean {
  for (const c of GROWTH_CUES) if (name.includes(c)) return true;
  return false;
}
