import type { PerformanceDocument } from "../model/document.ts";
import { resolveScoringSettings, type ScoringSettings } from "../scoring/settings.ts";
import { distributeWeights } from "./distribute-weights.ts";
import { carryProject, projectsToCarry, stageDocument } from "./project-skeleton.ts";

export interface DeriveSelfEvaluationOptions {
  /** The approved targets: a 绩效文本 or 项目支出绩效目标表. */
  targets: PerformanceDocument;
  /** 分值 of 预算执行 and of the indicators, and the split by 一级 (the region's pack). */
  settings?: Partial<ScoringSettings>;
}

/**
 * A blank 项目支出绩效自评表 per approved project (§6.9): targets copied, 分值 proposed (预算执行 10, indicators 90 split
 * by 一级 as the pack says, evenly within each), actual values, 得分 and reasons left for the unit to fill in.
 */
export function deriveSelfEvaluation(options: DeriveSelfEvaluationOptions): PerformanceDocument {
  const { targets } = options;
  const settings = resolveScoringSettings(options.settings);
  const projects = projectsToCarry(targets, "自评表").map((p) => {
    const carried = carryProject(p, settings.executionWeight);
    const weights = distributeWeights(carried.indicators, settings.indicatorWeight, settings.level1Weights);
    return {
      ...carried,
      indicators: carried.indicators.map((ind, k) => ({ ...ind, weight: weights[k] ?? null })),
      totalWeight: settings.executionWeight + settings.indicatorWeight,
      totalScore: null,
      grade: null,
    };
  });
  return stageDocument(targets, "self-evaluation", "项目支出绩效自评表", projects);
}
