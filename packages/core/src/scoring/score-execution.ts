import { Decimal } from "decimal.js";
import type { Num } from "../decimal.ts";
import { roundScore, show } from "./round-score.ts";
import { resolveScoringSettings, type ScoringSettings } from "./settings.ts";

export interface ScoreExecutionOptions {
  /** 全年预算数 (A, adjusted budget). */
  annual: Num | null;
  /** 全年执行数 (B), or 1–X月执行数 in monitoring. */
  executed: Num | null;
  /** 分值; default `settings.executionWeight` (10). */
  weight?: Num | null;
  settings?: Partial<ScoringSettings>;
}

export interface ExecutionScore {
  /** 执行率 in % (B ÷ A × 100) to 4 places; null when A is missing or 0. */
  rate: number | null;
  /** min(B ÷ A, 1) × 分值, rounded to the configured places; null when it cannot be computed. */
  score: number | null;
  formula: string;
  inputs: { annual: number | null; executed: number | null; weight: number };
  /** Chinese, with the numbers: how the score came about. */
  explanation: string;
  /** E-3: 执行率 below the threshold (90 %) ⇒ 偏差原因 is required. */
  explanationRequired: boolean;
}

const FORMULA = "得分 = min(全年执行数 ÷ 全年预算数, 1) × 分值";

/** Budget execution score (domain-rules §6.3): seed 002, 170639.2 ÷ 176875.03 = 96.47 % ⇒ 9.65 of 10. */
export function scoreExecution(options: ScoreExecutionOptions): ExecutionScore {
  const settings = resolveScoringSettings(options.settings);
  const weight =
    options.weight === null || options.weight === undefined ? settings.executionWeight : Number(options.weight);
  const annual = options.annual === null ? null : Number(options.annual);
  const executed = options.executed === null ? null : Number(options.executed);
  const inputs = { annual, executed, weight };
  if (annual === null || executed === null || Number.isNaN(annual) || Number.isNaN(executed)) {
    return {
      rate: null,
      score: null,
      formula: FORMULA,
      inputs,
      explanation: annual === null ? "缺少全年预算数，无法计算执行率" : "缺少全年执行数，无法计算执行率",
      explanationRequired: false,
    };
  }
  if (annual <= 0) {
    return {
      rate: null,
      score: null,
      formula: FORMULA,
      inputs,
      explanation: "全年预算数为0，执行率无法计算，请人工评分",
      explanationRequired: false,
    };
  }
  const ratio = new Decimal(options.executed ?? 0).dividedBy(options.annual ?? 1);
  const rate = ratio.times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
  const capped = Decimal.max(Decimal.min(ratio, 1), 0);
  const score = roundScore(capped.times(weight), settings);
  const explanationRequired = ratio.times(100).lt(settings.executionRateExplain);
  let explanation = `执行率 = ${show(executed)} ÷ ${show(annual)} = ${show(ratio.times(100), 2)}%，得分 = ${show(
    capped,
    4,
  )} × ${show(weight)} = ${show(score, settings.places)}`;
  if (ratio.gt(1)) explanation += "（执行率超过100%，按100%计）";
  if (explanationRequired) explanation += `；执行率低于${settings.executionRateExplain}%，须说明偏差原因`;
  return { rate, score, formula: FORMULA, inputs, explanation, explanationRequired };
}
