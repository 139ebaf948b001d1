import type { Project } from "../model/project.ts";
import { type SelfEvaluationScore, scoreSelfEvaluation } from "./score-self-evaluation.ts";
import type { ScoringSettings } from "./settings.ts";

export interface ScoreProjectSelfEvaluationOptions {
  /** A project of a 项目支出绩效自评表: its 预算执行情况 and indicator rows with 实际完成值, 分值, 得分. */
  project: Project;
  /** 总分 and 得分 as the table states them, when it does. */
  statedTotalWeight?: number | null;
  statedTotalScore?: number | null;
  settings?: Partial<ScoringSettings>;
}

/** A project-level self-evaluation (§6.9) scored like a department's: the same formulas, totals and grade. */
export function scoreProjectSelfEvaluation(options: ScoreProjectSelfEvaluationOptions): SelfEvaluationScore {
  const p = options.project;
  return scoreSelfEvaluation({
    evaluation: {
      execution: p.execution ?? { initial: null, annual: null, executed: null, weight: null, score: null, rate: null },
      executionDeviation: p.executionDeviation ?? null,
      goals: [],
      indicators: p.indicators,
      totalWeight: options.statedTotalWeight ?? null,
      totalScore: options.statedTotalScore ?? null,
      grade: null,
      conclusion: null,
    },
    settings: options.settings,
  });
}
