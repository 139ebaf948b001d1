import { Decimal } from "decimal.js";
import type { Evaluation } from "../model/execution.ts";
import type { Indicator } from "../model/indicator.ts";
import { type Grade, gradeOf } from "./grade-of.ts";
import { roundScore } from "./round-score.ts";
import { type ExecutionScore, scoreExecution } from "./score-execution.ts";
import { type IndicatorScore, scoreIndicator } from "./score-indicator.ts";
import { resolveScoringSettings, type ScoringSettings } from "./settings.ts";

export interface ScoreSelfEvaluationOptions {
  evaluation: Evaluation;
  settings?: Partial<ScoringSettings>;
}

/** One number as the document states it and as recomputed; `agrees` is null when either side is missing. */
export interface StatedVsComputed<T = number> {
  stated: T | null;
  computed: T | null;
  agrees: boolean | null;
}

/** Why a 偏差原因分析及改进措施 text is required for a row (§6.7). */
export type ExplanationReason = "score_below_weight" | "over_achievement";

export interface SelfEvaluationRow {
  /** Index in `evaluation.indicators`. */
  index: number;
  goalNo: number | null;
  name: string;
  category: Level1Category;
  weight: number | null;
  /** The formula's score vs the stated 得分; `computed` null when the row needs a person (定性 without band …). */
  score: StatedVsComputed;
  result: IndicatorScore;
  explanationRequired: ExplanationReason[];
  /** A reason is required but the row has no 偏差原因 text. */
  explanationMissing: boolean;
}

export type Level1Category = "output" | "cost" | "benefit" | "satisfaction" | "other";

export interface SelfEvaluationScore {
  execution: ExecutionScore & { stated: { score: number | null; rate: number | null } };
  executionScore: StatedVsComputed;
  /** 执行率 (%): agrees when the stated figure is the computed one rounded to the stated places (96.5 ≈ 96.47). */
  executionRate: StatedVsComputed;
  rows: SelfEvaluationRow[];
  /** Σ 三级 分值 vs the configured total (W-3, 90). */
  indicatorWeights: StatedVsComputed;
  /** Σ stated 三级 得分. */
  indicatorScores: number;
  /** 总分 column: stated vs Σ 分值 + 预算执行 分值. */
  totalWeight: StatedVsComputed;
  /** 得分: stated vs Σ stated row scores + recomputed execution score. */
  totalScore: StatedVsComputed;
  /** Σ formula scores (stated where a person scores) + recomputed execution score: what the rules would give. */
  formulaTotal: number;
  grade: StatedVsComputed<Grade>;
  /** Σ 分值 / 得分 per 一级 (产出/成本/效益/满意度), with the configured split where the settings give one. */
  byCategory: { category: Level1Category; weight: number; score: number; configuredWeight: number | null }[];
  /** §6.8 consistency light: red when the indicator score runs > 5 % ahead of money spent; yellow when > 20 % unspent. */
  consistency: { light: "red" | "yellow" | "green"; reason: string };
}

/**
 * Recomputes a self-evaluation (domain-rules §6) in decimal: execution score, Σ weights, Σ scores, total and grade,
 * each beside the number the document states, and every row's formula score beside its stated 得分.
 * Seed 002 as read: execution 9.65 (96.5 %), Σ weights 90, Σ scores 84.3, total 93.95, grade 优.
 */
export function scoreSelfEvaluation(options: ScoreSelfEvaluationOptions): SelfEvaluationScore {
  const settings = resolveScoringSettings(options.settings);
  const ev = options.evaluation;
  const ex = scoreExecution({
    annual: ev.execution.annual,
    executed: ev.execution.executed,
    weight: ev.execution.weight,
    settings,
  });
  const execution = { ...ex, stated: { score: ev.execution.score, rate: ev.execution.rate } };

  const rows = ev.indicators.map((ind, index) => scoreRow(ind, index, settings));
  let weights = new Decimal(0);
  let stated = new Decimal(0);
  let formula = new Decimal(0);
  const cats = new Map<Level1Category, { weight: Decimal; score: Decimal }>();
  for (const row of rows) {
    const ind = ev.indicators[row.index];
    const w = ind?.weight ?? 0;
    const s = ind?.score ?? 0;
    weights = weights.plus(w);
    stated = stated.plus(s);
    formula = formula.plus(row.score.computed ?? s);
    const c = cats.get(row.category) ?? { weight: new Decimal(0), score: new Decimal(0) };
    cats.set(row.category, { weight: c.weight.plus(w), score: c.score.plus(s) });
  }
  const execScore = ex.score ?? ev.execution.score ?? 0;
  const execWeight = ex.inputs.weight;
  const total = stated.plus(execScore).toNumber();
  const computedGrade = gradeOf(total, settings);
  const splits = settings.level1Weights as Partial<Record<Level1Category, number>> | null;

  return {
    execution,
    executionScore: compare(ev.execution.score, ex.score, settings.scoreTolerance),
    executionRate: compareRounded(ev.execution.rate, ex.rate),
    rows,
    indicatorWeights: compare(settings.indicatorWeight, weights.toNumber(), 0),
    indicatorScores: stated.toNumber(),
    totalWeight: compare(ev.totalWeight, weights.plus(execWeight).toNumber(), settings.scoreTolerance),
    totalScore: compare(ev.totalScore, total, settings.scoreTolerance),
    formulaTotal: roundScore(formula.plus(execScore), settings),
    grade: { stated: ev.grade, computed: computedGrade, agrees: ev.grade === null ? null : ev.grade === computedGrade },
    byCategory: [...cats].map(([category, v]) => ({
      category,
      weight: v.weight.toNumber(),
      score: v.score.toNumber(),
      configuredWeight: splits?.[category] ?? null,
    })),
    consistency: consistencyLight(stated, execScore, ev, settings),
  };
}

function scoreRow(ind: Indicator, index: number, settings: ScoringSettings): SelfEvaluationRow {
  const result = scoreIndicator({
    target: ind.targetParsed ?? ind.target,
    actual: ind.actual,
    weight: ind.weight,
    statedScore: ind.score,
    settings,
  });
  const reasons: ExplanationReason[] = [];
  if (ind.weight !== null && ind.score !== null && new Decimal(ind.score).lt(ind.weight))
    reasons.push("score_below_weight");
  if (result.overAchievement !== null) reasons.push("over_achievement");
  const hasText = ind.deviation !== null && ind.deviation.trim() !== "";
  return {
    index,
    goalNo: ind.goalNo,
    name: ind.name,
    category: categoryOf(ind),
    weight: ind.weight,
    score: compare(ind.score, result.score, settings.scoreTolerance),
    result,
    explanationRequired: reasons,
    explanationMissing: reasons.length > 0 && !hasText,
  };
}

/** Which 一级 a row counts under; 成本指标 is its own share whether written as 一级 or as 二级 under 产出. */
export function categoryOf(ind: Pick<Indicator, "level1" | "level2">): Level1Category {
  const l1 = ind.level1;
  const l2 = ind.level2 ?? "";
  if (l1.includes("成本") || l2.includes("成本")) return "cost";
  if (l1.includes("产出")) return "output";
  if (l1.includes("效益") || l1.includes("效果")) return "benefit";
  if (l1.includes("满意")) return "satisfaction";
  return "other";
}

function compare(stated: number | null, computed: number | null, tolerance: number): StatedVsComputed {
  const agrees = stated === null || computed === null ? null : new Decimal(stated).minus(computed).abs().lte(tolerance);
  return { stated, computed, agrees };
}

/** The stated figure agrees when it is the computed one rounded to as many places as the stated one shows. */
function compareRounded(stated: number | null, computed: number | null): StatedVsComputed {
  if (stated === null || computed === null) return { stated, computed, agrees: null };
  const places = new Decimal(stated).decimalPlaces();
  const rounded = new Decimal(computed).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return { stated, computed, agrees: rounded.eq(stated) };
}

function consistencyLight(
  indicatorScore: Decimal,
  execScore: number,
  ev: Evaluation,
  s: ScoringSettings,
): SelfEvaluationScore["consistency"] {
  const annual = ev.execution.annual;
  const executed = ev.execution.executed;
  if (s.indicatorWeight > 0 && s.executionWeight > 0 && indicatorScore.gt(0)) {
    const perf = indicatorScore.dividedBy(s.indicatorWeight);
    const money = new Decimal(execScore).dividedBy(s.executionWeight);
    if (perf.minus(money).dividedBy(perf).gt(0.05)) {
      return { light: "red", reason: "绩效指标得分率明显高于预算执行得分率，绩效自评可能偏高" };
    }
  }
  if (annual === null || annual === 0) return { light: "yellow", reason: "全年预算数为0或缺失" };
  if (executed !== null && new Decimal(annual).minus(executed).dividedBy(annual).gt(0.2)) {
    return { light: "yellow", reason: "预算结余超过20%" };
  }
  return { light: "green", reason: "绩效得分与预算执行相符" };
}
