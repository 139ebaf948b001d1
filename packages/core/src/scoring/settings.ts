/**
 * Scoring settings (domain-rules §6): weights, thresholds and formula switches. Rule packs carry these per region
 * and year; the names match the checks team's pack fields (weights.execution, thresholds.overAchievementRatio …).
 * Nothing here is province logic: a region differs only by the numbers it passes.
 */
export interface ScoringSettings {
  /** 预算执行率 分值 (§6.3), default 10. */
  executionWeight: number;
  /** Σ of all 三级 分值 (W-3), default 90. */
  indicatorWeight: number;
  /** Split of the indicator 分值 by 一级 (§6.1, default 50/30/10); null: not compared. */
  level1Weights: { output: number; benefit: number; satisfaction: number; cost?: number } | null;
  /** Reverse (≤, ＜) formula: V C1 linear penalty (default) or P7 ratio t ÷ a (§6.4). */
  reverseFormula: "linearPenalty" | "ratio";
  /** actual ÷ target at which over-achievement must be explained (§6.5, Guangxi 1.3). */
  overAchievementRatio: number;
  /** When the target is 0: the actual at which over-achievement must be explained. */
  overAchievementZeroTarget: number;
  /** 执行率 (%) below which a reason is required (E-3). */
  executionRateExplain: number;
  /** Tolerance when a stated score is compared with a recomputed one (beyond rounding to the stated places). */
  scoreTolerance: number;
  /** Lower bounds of 优 / 良 / 中 (§6.8); below `fair` is 差. */
  gradeBands: { excellent: number; good: number; fair: number };
  /** 定性 bands as shares of the weight (§6.6): [achieved·w, w], [partial·w, achieved·w), [0, partial·w). */
  qualitativeBands: { achieved: number; partial: number };
  /** Decimal places of a score (W-5). */
  places: number;
  /** How a score is cut to `places`: half-up (seed 002: 9.647 → 9.65) or the vendor's truncation. */
  rounding: "halfUp" | "truncate";
}

export const defaultScoringSettings: ScoringSettings = {
  executionWeight: 10,
  indicatorWeight: 90,
  level1Weights: { output: 50, benefit: 30, satisfaction: 10 },
  reverseFormula: "linearPenalty",
  overAchievementRatio: 1.3,
  overAchievementZeroTarget: 30,
  executionRateExplain: 90,
  scoreTolerance: 0.01,
  gradeBands: { excellent: 90, good: 80, fair: 60 },
  qualitativeBands: { achieved: 0.8, partial: 0.6 },
  places: 2,
  rounding: "halfUp",
};

/** The defaults overlaid with what a rule pack or caller gives. */
export function resolveScoringSettings(overrides?: Partial<ScoringSettings>): ScoringSettings {
  if (overrides === undefined) return defaultScoringSettings;
  return { ...defaultScoringSettings, ...overrides };
}
