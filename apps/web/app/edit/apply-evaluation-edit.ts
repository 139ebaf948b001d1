import {
  checkDocument,
  type Evaluation,
  type Finding,
  gradeOf,
  type PerformanceDocument,
  type Project,
  type RulePack,
  round,
  type ScoringSettings,
  type SelfEvaluationScore,
  scoreSelfEvaluation,
  sum,
} from "@jixiao/core";

/**
 * 按计分规则填入: every 得分 the rules can compute replaces the stated one (rows a person must score keep theirs),
 * then 执行率, 预算执行得分, 总分 and 自评等级 follow. Decimal throughout, as the server recomputes it.
 */
export function applyComputedScores(evaluation: Evaluation, settings?: Partial<ScoringSettings>): Evaluation {
  const scored = scoreSelfEvaluation({ evaluation, settings });
  const indicators = evaluation.indicators.map((ind, i) => {
    const computed = scored.rows[i]?.score.computed ?? null;
    return computed === null ? ind : { ...ind, score: computed };
  });
  const ex = scored.execution;
  const execution = {
    ...evaluation.execution,
    rate: ex.rate === null ? evaluation.execution.rate : round(ex.rate, 2),
    score: ex.score ?? evaluation.execution.score,
    weight: evaluation.execution.weight ?? ex.inputs.weight,
  };
  return withTotals({ ...evaluation, indicators, execution }, settings);
}

/** 总分 (分值 and 得分) and 自评等级 from the rows and the budget execution as they stand. */
export function withTotals(evaluation: Evaluation, settings?: Partial<ScoringSettings>): Evaluation {
  const rows = evaluation.indicators;
  const totalWeight = sum([...rows.map((r) => r.weight), evaluation.execution.weight]);
  const totalScore = sum([...rows.map((r) => r.score), evaluation.execution.score]);
  return { ...evaluation, totalWeight, totalScore, grade: gradeOf(totalScore, settings) };
}

export function scoreOf(evaluation: Evaluation, settings?: Partial<ScoringSettings>): SelfEvaluationScore {
  return scoreSelfEvaluation({ evaluation, settings });
}

/** Live checks of the self-evaluation part, on the whole document with the edited evaluation in place. */
export function checkEditedEvaluation(
  document: PerformanceDocument,
  evaluation: Evaluation,
  pack?: RulePack,
): Finding[] {
  const report = checkDocument({ document: { ...document, evaluation }, pack });
  return report.findings.filter((f) => f.location.section === "evaluation");
}

/** A project of a 项目支出绩效自评表 seen as an evaluation (the same formulas score both). */
function asEvaluation(p: Project): Evaluation {
  return {
    execution: p.execution ?? { initial: null, annual: null, executed: null, weight: null, score: null, rate: null },
    executionDeviation: p.executionDeviation ?? null,
    goals: [],
    indicators: p.indicators,
    totalWeight: p.totalWeight ?? null,
    totalScore: p.totalScore ?? null,
    grade: p.grade ?? null,
    conclusion: p.conclusion ?? null,
  };
}

export function scoreOfProject(p: Project, settings?: Partial<ScoringSettings>): SelfEvaluationScore {
  return scoreOf(asEvaluation(p), settings);
}

/** 按计分规则填入 for one project of a 项目支出绩效自评表: row scores, execution, 总分 and 自评等级. */
export function applyComputedProjectScores(p: Project, settings?: Partial<ScoringSettings>): Project {
  const e = applyComputedScores(asEvaluation(p), settings);
  return {
    ...p,
    indicators: e.indicators,
    execution: e.execution,
    totalWeight: e.totalWeight,
    totalScore: e.totalScore,
    grade: e.grade,
  };
}
