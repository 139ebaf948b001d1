import { dec, type Num } from "../decimal.ts";
import { resolveScoringSettings, type ScoringSettings } from "./settings.ts";

export type Grade = "优" | "良" | "中" | "差";

/**
 * 自评等级 of a total (§6.8): ≥ 90 优, 80 ≤ x < 90 良, 60 ≤ x < 80 中, < 60 差. Exactly 90 is 优 (vendor C3's `> 90`
 * leaves it without a grade, a bug we do not copy). Compared in decimal.
 */
export function gradeOf(total: Num, settings?: Partial<ScoringSettings>): Grade {
  const { gradeBands } = resolveScoringSettings(settings);
  const t = dec(total);
  if (t.gte(gradeBands.excellent)) return "优";
  if (t.gte(gradeBands.good)) return "良";
  if (t.gte(gradeBands.fair)) return "中";
  return "差";
}
