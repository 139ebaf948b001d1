import { Decimal } from "decimal.js";
import type { Num } from "../decimal.ts";
import type { Operator, ParsedValue } from "../model/value.ts";
import { parseValue } from "../value/parse-value.ts";
import { type QualitativeBand, qualitativeBand } from "../value/qualitative-band.ts";
import { toYuan } from "../value/units.ts";
import {
  equalScore,
  type FormulaResult,
  type IndicatorMethod,
  positiveScore,
  reverseScore,
} from "./quantitative-formulas.ts";
import { roundScore, show } from "./round-score.ts";
import { resolveScoringSettings, type ScoringSettings } from "./settings.ts";

export type { IndicatorMethod } from "./quantitative-formulas.ts";

export interface ScoreIndicatorOptions {
  /** 指标值: the text, or what the value grammar made of it. */
  target: string | ParsedValue | null;
  /** 实际完成值: the text, or its parsed form. */
  actual: string | ParsedValue | null;
  /** 分值 / 权重. */
  weight: Num | null;
  /** The evaluator's score: needed for 定性 rows (checked against the band) and missed deadlines. */
  statedScore?: Num | null;
  /**
   * 定性: the grade the evaluator chose (a band, or its wording 达成年度指标 …); when absent it is read from the
   * 实际完成值 text.
   */
  grade?: QualitativeBand | string | null;
  settings?: Partial<ScoringSettings>;
}

export interface QualitativeBandRange {
  band: QualitativeBand;
  /** Allowed score interval: [min, max] when `maxInclusive`, else [min, max). */
  min: number;
  max: number;
  maxInclusive: boolean;
}

export interface IndicatorScore {
  /** The score the rules give; null when a person has to score it (`manual`). */
  score: number | null;
  method: IndicatorMethod;
  /** The formula applied, in words. */
  formula: string;
  inputs: {
    target: number | null;
    actual: number | null;
    weight: number | null;
    op: Operator | null;
    unit: string | null;
  };
  /** Chinese: which formula with which numbers, or why it cannot be computed. */
  explanation: string;
  manual: boolean;
  /** 定性: the band the actual text names, with its allowed interval (§6.6). */
  band: QualitativeBandRange | null;
  /** 定性: whether the stated score lies in the band; null when there is no band or no stated score. */
  statedInBand: boolean | null;
  /** §6.5: actual ÷ target ≥ threshold (or ≥ the zero-target threshold); the deviation (a − t) ÷ t must be explained. */
  overAchievement: { ratio: number | null; deviation: number | null } | null;
}

/**
 * Scores one indicator row (domain-rules §6.4–6.6), explained and reproducible: positive (≥ ＞), equal (＝, target 0
 * special), reverse (≤ ＜; linear penalty or ratio by setting), 定性 bands, deadlines (met ⇒ full, else manual),
 * booleans. A negative actual scores 0. Money in different units (元/万元/亿元) is converted exactly.
 */
export function scoreIndicator(options: ScoreIndicatorOptions): IndicatorScore {
  const settings = resolveScoringSettings(options.settings);
  const guesses: string[] = [];
  const target = toParsed(options.target, "target", guesses);
  const actual = toParsed(options.actual, "actual", guesses);
  const weight = options.weight === null ? null : Number(options.weight);
  const stated = options.statedScore === null || options.statedScore === undefined ? null : Number(options.statedScore);
  const base: IndicatorScore = {
    score: null,
    method: "manual",
    formula: "人工评分",
    inputs: {
      target: target?.kind === "quantitative" ? target.value : null,
      actual: actual?.kind === "quantitative" ? actual.value : null,
      weight,
      op: target?.op ?? null,
      unit: target?.unit ?? null,
    },
    explanation: "",
    manual: true,
    band: null,
    statedInBand: null,
    overAchievement: null,
  };
  if (weight === null || Number.isNaN(weight)) return { ...base, explanation: "缺少分值，无法计分" };
  if (target === null) return { ...base, explanation: "指标值为空或为占位内容，须人工评分" };
  if (actual === null) return { ...base, explanation: "实际完成值为空，须人工评分" };
  const w = new Decimal(weight);

  const scored = scoreByKind(base, target, actual, w, stated, chosenBand(options.grade), settings);
  // A number the grammar had to guess (19574.亿元) is scored as read, and said so.
  if (guesses.length === 0) return scored;
  return { ...scored, explanation: `${scored.explanation}；注意：数字书写有误，按“${guesses.join("，")}”计` };
}

function scoreByKind(
  base: IndicatorScore,
  target: ParsedValue,
  actual: ParsedValue,
  w: Decimal,
  stated: number | null,
  grade: QualitativeBand | null,
  settings: ScoringSettings,
): IndicatorScore {
  switch (target.kind) {
    case "quantitative":
      return scoreQuantitative(base, target, actual, w, settings);
    case "deadline":
      return scoreDeadline(base, target, actual, w, settings);
    case "boolean":
      return scoreBoolean(base, target, actual, w, settings);
    default:
      return scoreQualitative(base, actual, w, stated, grade, settings);
  }
}

function toParsed(v: string | ParsedValue | null, role: "target" | "actual", guesses: string[]): ParsedValue | null {
  if (v === null) return null;
  if (typeof v !== "string") return v;
  const r = parseValue(v, { role });
  if (r.value !== null && r.problems.some((p) => p.code === "malformed_number")) {
    guesses.push(`${v} → ${r.value.value ?? ""}${r.value.unit ?? ""}`);
  }
  return r.value;
}

function apply(base: IndicatorScore, r: FormulaResult, extra?: Partial<IndicatorScore>): IndicatorScore {
  return {
    ...base,
    score: r.score,
    method: r.method,
    formula: r.formula,
    explanation: r.explanation,
    manual: false,
    ...extra,
  };
}

// Units that name the same measure.
const SAME_UNIT: Record<string, string> = { 个月: "月", 天: "日", 个工作日: "工作日", "㎡": "平方米", m2: "平方米" };
const canonicalUnit = (u: string): string => SAME_UNIT[u] ?? u;

function scoreQuantitative(
  base: IndicatorScore,
  target: ParsedValue,
  actual: ParsedValue,
  w: Decimal,
  s: ScoringSettings,
): IndicatorScore {
  if (actual.kind !== "quantitative" || actual.value === null || target.value === null) {
    return { ...base, explanation: "定量指标的实际完成值不是数值，须人工评分" };
  }
  const t = new Decimal(target.value);
  let a = new Decimal(actual.value);
  let note = "";
  const tu = target.unit;
  const au = actual.unit;
  if (tu !== null && au !== null && canonicalUnit(tu) !== canonicalUnit(au)) {
    const ta = toYuan(1, tu);
    const aa = toYuan(1, au);
    if (ta === null || aa === null) {
      return { ...base, explanation: `指标值单位“${tu}”与实际完成值单位“${au}”不一致，须人工评分` };
    }
    a = a.times(aa).dividedBy(ta);
    note = `（实际完成值 ${show(actual.value)}${au} 折合 ${show(a)}${tu}）`;
  }
  if (a.isNegative()) {
    return {
      ...base,
      score: 0,
      method: target.op === "<=" || target.op === "<" ? reverseMethod(s) : "positive",
      formula: "实际值为负数 ⇒ 0",
      explanation: `实际完成值 ${show(a)} 为负数，得0分`,
      manual: false,
    };
  }
  let r: FormulaResult;
  switch (target.op) {
    case "=":
      r = equalScore(t, a, w, s);
      break;
    case "<=":
    case "<":
      r = reverseScore(t, a, w, s, target.op === "<");
      break;
    default:
      r = positiveScore(t, a, w, s, target.op === ">");
      if (target.op === null) r = { ...r, explanation: `指标值未写计算符号，按正向指标计：${r.explanation}` };
  }
  r = { ...r, explanation: r.explanation + note };
  let overAchievement: IndicatorScore["overAchievement"] = null;
  if (r.method === "positive" || r.method === "equal") {
    if (t.gt(0) && a.dividedBy(t).gte(s.overAchievementRatio)) {
      const ratio = a.dividedBy(t);
      overAchievement = {
        ratio: ratio.toDecimalPlaces(4).toNumber(),
        deviation: ratio.minus(1).toDecimalPlaces(4).toNumber(),
      };
      r = {
        ...r,
        explanation: `${r.explanation}；实际完成值为指标值的 ${show(ratio.times(100), 2)}%，超计划较大（偏离度 ${show(
          ratio.minus(1).times(100),
          2,
        )}%），须说明偏差原因，可酌情扣分`,
      };
    } else if (t.isZero() && r.method === "positive" && a.gte(s.overAchievementZeroTarget)) {
      overAchievement = { ratio: null, deviation: null };
      r = { ...r, explanation: `${r.explanation}；指标值为0而实际完成值 ${show(a)} 较大，须说明偏差原因` };
    }
  }
  return apply(base, r, { overAchievement, inputs: { ...base.inputs, actual: a.toNumber(), unit: tu ?? au } });
}

function reverseMethod(s: ScoringSettings): IndicatorMethod {
  return s.reverseFormula === "ratio" ? "reverse-ratio" : "reverse-linear";
}

const DONE_WORDS = ["按时完成", "已完成", "如期完成", "全部完成", "按期完成", "提前完成"];

function scoreDeadline(
  base: IndicatorScore,
  target: ParsedValue,
  actual: ParsedValue,
  w: Decimal,
  s: ScoringSettings,
): IndicatorScore {
  const due = target.text ?? "";
  let met: boolean | null = null;
  let how = "";
  if (actual.kind === "deadline" && actual.text !== null) {
    met = compareDates(actual.text, due) <= 0;
    how = `完成日期 ${actual.text} ${met ? "不晚于" : "晚于"} 时限 ${due}`;
  } else if (actual.kind === "boolean") {
    met = actual.value === 1;
    how = met ? "实际完成值表明已按时完成" : "实际完成值表明未按时完成";
  } else if (actual.kind === "qualitative" && actual.text !== null) {
    const text = actual.text;
    if (DONE_WORDS.some((d) => text.includes(d))) {
      met = true;
      how = `实际完成值“${text}”表明已按时完成`;
    }
  }
  if (met === true) {
    return {
      ...base,
      score: roundScore(w, s),
      method: "deadline",
      formula: "按时限完成 ⇒ 得分 = 分值",
      explanation: `时限指标：${how}，得满分 ${show(w)} 分`,
      manual: false,
    };
  }
  return {
    ...base,
    method: "deadline",
    formula: "未按时限完成 ⇒ 人工评分并说明原因",
    explanation:
      met === false
        ? `时限指标：${how}，须人工评分并说明原因`
        : "时限指标：无法从实际完成值判断是否按时完成，须人工评分",
  };
}

/** Compares ISO dates; a year-less date (--MM-DD) is compared on month and day only. */
function compareDates(a: string, b: string): number {
  const x = a.startsWith("--") || b.startsWith("--") ? a.slice(-5) : a;
  const y = a.startsWith("--") || b.startsWith("--") ? b.slice(-5) : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

function scoreBoolean(
  base: IndicatorScore,
  target: ParsedValue,
  actual: ParsedValue,
  w: Decimal,
  s: ScoringSettings,
): IndicatorScore {
  if (actual.kind !== "boolean")
    return { ...base, method: "boolean", explanation: "是/否型指标的实际完成值不是“是/否”，须人工评分" };
  const met = actual.value === target.value;
  return {
    ...base,
    score: met ? roundScore(w, s) : 0,
    method: "boolean",
    formula: "实际值与指标值一致 ⇒ 得分 = 分值，否则 0",
    explanation: met ? `是/否型指标：实际与指标值一致，得满分 ${show(w)} 分` : "是/否型指标：实际与指标值不一致，得0分",
    manual: false,
  };
}

const BAND_NAMES: Record<QualitativeBand, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  not_achieved: "未达成年度指标且效果较差",
};

function chosenBand(grade: QualitativeBand | string | null | undefined): QualitativeBand | null {
  if (grade === null || grade === undefined) return null;
  if (grade === "achieved" || grade === "partial" || grade === "not_achieved") return grade;
  return qualitativeBand(grade);
}

function scoreQualitative(
  base: IndicatorScore,
  actual: ParsedValue,
  w: Decimal,
  stated: number | null,
  grade: QualitativeBand | null,
  s: ScoringSettings,
): IndicatorScore {
  const text = actual.kind === "qualitative" ? actual.text : null;
  const band =
    grade ?? (actual.kind === "boolean" ? (actual.value === 1 ? "achieved" : "not_achieved") : qualitativeBand(text));
  if (band === null) {
    return {
      ...base,
      method: "qualitative",
      formula: "定性指标：按达成程度在分档区间内人工评分",
      explanation: "定性指标：实际完成情况未写明达成程度，须人工评分",
    };
  }
  const hi = new Decimal(s.qualitativeBands.achieved);
  const lo = new Decimal(s.qualitativeBands.partial);
  const [min, max, maxInclusive] =
    band === "achieved"
      ? [w.times(hi), w, true]
      : band === "partial"
        ? [w.times(lo), w.times(hi), false]
        : [new Decimal(0), w.times(lo), false];
  const range: QualitativeBandRange = { band, min: min.toNumber(), max: max.toNumber(), maxInclusive };
  const interval = `[${show(min)}, ${show(max)}${maxInclusive ? "]" : ")"}`;
  const common = {
    ...base,
    method: "qualitative" as const,
    formula: "定性指标：得分须在所属档次的区间内",
    band: range,
  };
  if (stated === null) {
    return { ...common, explanation: `定性指标：${BAND_NAMES[band]}，得分区间 ${interval}，须人工在区间内评分` };
  }
  const sd = new Decimal(stated);
  const inBand = sd.gte(min) && (maxInclusive ? sd.lte(max) : sd.lt(max));
  return {
    ...common,
    score: inBand ? roundScore(sd, s) : null,
    manual: !inBand,
    statedInBand: inBand,
    explanation: inBand
      ? `定性指标：${BAND_NAMES[band]}，所评 ${show(sd)} 分在区间 ${interval} 内`
      : `定性指标：${BAND_NAMES[band]}，所评 ${show(sd)} 分不在区间 ${interval} 内`,
  };
}
