import { Decimal } from "decimal.js";
import { roundScore, show } from "./round-score.ts";
import type { ScoringSettings } from "./settings.ts";

/** Which formula scored an indicator (domain-rules §6.4–6.6). */
export type IndicatorMethod =
  | "positive"
  | "equal"
  | "reverse-linear"
  | "reverse-ratio"
  | "qualitative"
  | "deadline"
  | "boolean"
  | "manual";

export interface FormulaResult {
  method: IndicatorMethod;
  score: number;
  formula: string;
  explanation: string;
}

/**
 * The V C1 formulas on numbers already in one unit. `t` target, `a` actual (≥ 0), `w` weight; scores never exceed
 * `w` (met or exceeded ⇒ full marks, §6.5).
 */
export function positiveScore(t: Decimal, a: Decimal, w: Decimal, s: ScoringSettings, strict: boolean): FormulaResult {
  const met = strict ? a.gt(t) : a.gte(t);
  const sym = strict ? "＞" : "≥";
  if (met) {
    return {
      method: "positive",
      score: roundScore(w, s),
      formula: `实际值 ${sym} 指标值 ⇒ 得分 = 分值`,
      explanation: `正向指标：实际完成值 ${show(a)} ${sym} 指标值 ${show(t)}，得满分 ${show(w)} 分`,
    };
  }
  const score = roundScore(a.dividedBy(t).times(w), s);
  return {
    method: "positive",
    score,
    formula: "得分 = 实际值 ÷ 指标值 × 分值",
    explanation: `正向指标未达标：得分 = ${show(a)} ÷ ${show(t)} × ${show(w)} = ${show(score)}`,
  };
}

export function equalScore(t: Decimal, a: Decimal, w: Decimal, s: ScoringSettings): FormulaResult {
  if (t.isZero()) {
    const met = a.lte(0);
    return {
      method: "equal",
      score: met ? roundScore(w, s) : 0,
      formula: "指标值为0：实际值 ≤ 0 ⇒ 得分 = 分值，否则 0",
      explanation: met
        ? `等于型指标（指标值0）：实际完成值 ${show(a)}，得满分 ${show(w)} 分`
        : `等于型指标（指标值0）：实际完成值 ${show(a)} 不为0，得0分`,
    };
  }
  if (a.gte(t)) {
    return {
      method: "equal",
      score: roundScore(w, s),
      formula: "实际值 ≥ 指标值 ⇒ 得分 = 分值",
      explanation: `等于型指标：实际完成值 ${show(a)} 达到指标值 ${show(t)}，得满分 ${show(w)} 分`,
    };
  }
  const score = roundScore(a.dividedBy(t).times(w), s);
  return {
    method: "equal",
    score,
    formula: "得分 = 实际值 ÷ 指标值 × 分值",
    explanation: `等于型指标未达标：得分 = ${show(a)} ÷ ${show(t)} × ${show(w)} = ${show(score)}`,
  };
}

export function reverseScore(t: Decimal, a: Decimal, w: Decimal, s: ScoringSettings, strict: boolean): FormulaResult {
  const method = s.reverseFormula === "ratio" ? "reverse-ratio" : "reverse-linear";
  const met = strict ? a.lt(t) : a.lte(t);
  const sym = strict ? "＜" : "≤";
  if (met) {
    return {
      method,
      score: roundScore(w, s),
      formula: `实际值 ${sym} 指标值 ⇒ 得分 = 分值`,
      explanation: `反向指标：实际完成值 ${show(a)} ${sym} 指标值 ${show(t)}，得满分 ${show(w)} 分`,
    };
  }
  if (t.lte(0)) {
    return {
      method,
      score: 0,
      formula: "指标值 ≤ 0 且实际值超出 ⇒ 0",
      explanation: `反向指标：指标值 ${show(t)}，实际完成值 ${show(a)} 超出，得0分`,
    };
  }
  if (method === "reverse-ratio") {
    const score = roundScore(t.dividedBy(a).times(w), s);
    return {
      method,
      score,
      formula: "得分 = 指标值 ÷ 实际值 × 分值",
      explanation: `反向指标超出：得分 = ${show(t)} ÷ ${show(a)} × ${show(w)} = ${show(score)}`,
    };
  }
  if (a.gte(t.times(2))) {
    return {
      method,
      score: 0,
      formula: "实际值 ≥ 2 × 指标值 ⇒ 0",
      explanation: `反向指标：实际完成值 ${show(a)} 达到指标值 ${show(t)} 的2倍以上，得0分`,
    };
  }
  const score = roundScore(new Decimal(1).minus(a.minus(t).dividedBy(t)).times(w), s);
  return {
    method,
    score,
    formula: "得分 = (1 − (实际值 − 指标值) ÷ 指标值) × 分值",
    explanation: `反向指标超出：得分 = (1 − (${show(a)} − ${show(t)}) ÷ ${show(t)}) × ${show(w)} = ${show(score)}`,
  };
}
