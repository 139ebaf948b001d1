import type { ScoringSettings } from "../scoring/settings.ts";
import type { RulePack } from "./load-rule-pack.ts";

/** The scoring settings (§6) a rule pack states: weights, thresholds, formula switches and the 一级 split. */
export function scoringSettingsOf(pack: RulePack): Partial<ScoringSettings> {
  const t = pack.thresholds;
  const w = pack.weights;
  return {
    executionWeight: w.execution,
    indicatorWeight: w.indicators,
    reverseFormula: w.reverseFormula,
    overAchievementRatio: t.overAchievementRatio,
    overAchievementZeroTarget: t.overAchievementZeroTarget,
    executionRateExplain: t.executionRateExplain,
    scoreTolerance: t.scoreTolerance,
    level1Weights: (pack.framework === "A" ? w.splitA : w.splitB) ?? null,
  };
}
