import { dec, decEqual, sum } from "../../decimal.ts";
import type { Evaluation, Execution } from "../../model/execution.ts";
import { gradeOf } from "../../scoring/grade-of.ts";
import { scoreExecution } from "../../scoring/score-execution.ts";
import { scoreIndicator } from "../../scoring/score-indicator.ts";
import type { ScoringSettings } from "../../scoring/settings.ts";
import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import { type IndicatorFacts, type Level1Category, level1Name, parseCached } from "../indicator-facts.ts";
import { scoringSettingsOf } from "../scoring-settings-of.ts";
import { fmt } from "../text.ts";
import type { FindingLocation } from "../types.ts";

function settingsOf(ctx: CheckContext): Partial<ScoringSettings> {
  return scoringSettingsOf(ctx.pack);
}

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";

/**
 * Self-evaluation consistency of one scored indicator table (§6): W-2..W-4, S-1, S-2, S-6..S-8, E-1, E-2, E-5,
 * R-VAL-1 on 实际完成值. Scores are recomputed by the scoring module, never here.
 */
export function checkScoredTable(ctx: CheckContext, table: IndicatorTable): void {
  const rows = table.facts.filter((f) => f.indicator.weight !== null);
  if (rows.length === 0) return;
  const settings = settingsOf(ctx);
  const tol = ctx.pack.thresholds.scoreTolerance;
  const over: { f: IndicatorFacts; deducted: boolean }[] = [];
  for (const f of rows) {
    const ind = f.indicator;
    const w = ind.weight ?? 0;
    const at = (field: string): FindingLocation => tableLocation(table, f.index, field);
    const actualParse = ind.actual === null ? null : parseCached(ind.actual.replace(/\s+/g, ""), "actual");
    for (const p of actualParse?.problems ?? []) {
      if (p.code !== "malformed_number") continue;
      emit(
        ctx,
        "R-VAL-1",
        at("actual"),
        `实际完成值“${ind.actual}”：${p.message}`,
        { actual: ind.actual, target: ind.target },
        "核对实际完成值的数字",
      );
    }
    if (w <= 0)
      emit(ctx, "W-4", at("weight"), `“${f.name}”的分值为${fmt(w)}`, { weight: w }, "分值应大于0；不适用的指标应删除");
    const score = ind.score;
    if (score !== null && dec(score).gt(dec(w).plus(tol))) {
      emit(
        ctx,
        "S-1",
        at("score"),
        `“${f.name}”得分${fmt(score)}超过分值${fmt(w)}`,
        { weight: w, score },
        `得分不能超过${fmt(w)}分`,
      );
    }
    const scored = scoreIndicator({
      target: f.value ?? f.target,
      actual: ind.actual,
      weight: w,
      statedScore: score,
      settings,
    });
    const explained = !blank(ind.deviation);
    const isOver = scored.overAchievement !== null;
    if (isOver && score !== null) over.push({ f, deducted: dec(score).lt(dec(w).minus(tol)) });
    if (
      !scored.manual &&
      scored.score !== null &&
      score !== null &&
      !decEqual(score, scored.score, tol) &&
      !(isOver && score < scored.score)
    ) {
      emit(
        ctx,
        "S-2",
        at("score"),
        `“${f.name}”得分${fmt(score)}与计分公式不符：${scored.explanation}`,
        { target: ind.target, actual: ind.actual, weight: w, score, computed: scored.score, formula: scored.formula },
        `按公式应得${fmt(scored.score)}分，或在偏差原因中说明扣分理由`,
      );
    }
    if (scored.statedInBand === false && scored.band !== null) {
      const b = scored.band;
      emit(
        ctx,
        "S-8",
        at("score"),
        `“${f.name}”实际完成为“${ind.actual}”，得分${fmt(score ?? 0)}不在该档次的区间内`,
        { actual: ind.actual, score, band: b },
        `该档次得分应在${fmt(b.min)}–${fmt(b.max)}分之间`,
      );
    }
    if (score !== null && dec(score).lt(dec(w).minus(tol)) && !explained) {
      emit(
        ctx,
        "E-1",
        at("deviation"),
        `“${f.name}”得分${fmt(score)}低于分值${fmt(w)}，未说明偏差原因`,
        { weight: w, score },
        "填写偏差原因分析及改进措施",
      );
    }
    if (isOver && !explained) {
      const ratio = scored.overAchievement?.ratio;
      emit(
        ctx,
        "E-2",
        at("deviation"),
        `“${f.name}”实际完成${ind.actual}，${ratio == null ? "远超指标值" : `为指标值的${fmt(ratio * 100)}%`}，未说明原因`,
        { target: ind.target, actual: ind.actual, ratio },
        "说明超额完成的原因（是否年初指标值设置偏低），并据偏离度酌情扣分",
      );
    }
    const a = actualParse?.value;
    if (
      a?.kind === "quantitative" &&
      a.value === 0 &&
      f.value?.kind === "quantitative" &&
      (f.value.value ?? 0) > 0 &&
      f.value.op !== "<=" &&
      f.value.op !== "<"
    ) {
      emit(
        ctx,
        "S-7",
        at("actual"),
        `“${f.name}”指标值${f.target}，实际完成为0：该项工作年内已不再开展，年度指标未及时调整`,
        { target: ind.target, actual: ind.actual },
        "年中绩效运行监控发现无法完成时，应按程序调整或取消该指标",
      );
    }
    if (f.value?.kind === "qualitative" && !explained) {
      emit(
        ctx,
        "E-5",
        at("deviation"),
        `定性指标“${f.name}”未填写评分说明`,
        { target: ind.target, actual: ind.actual },
        "说明评分依据及所在档次",
      );
    }
  }
  checkWeights(ctx, table, rows);
  checkOverAchievementConsistency(ctx, table, over);
}

function checkWeights(ctx: CheckContext, table: IndicatorTable, rows: readonly IndicatorFacts[]): void {
  const total = sum(rows.map((f) => f.indicator.weight));
  const expected = ctx.pack.weights.indicators;
  const at = tableLocation(table, undefined, "weight");
  if (!decEqual(total, expected, ctx.pack.thresholds.scoreTolerance)) {
    emit(
      ctx,
      "W-3",
      at,
      `三级指标分值合计${fmt(total)}，应为${fmt(expected)}`,
      { total, expected },
      `调整各指标分值，使合计为${fmt(expected)}分`,
    );
    return;
  }
  const split = table.framework === "A" ? ctx.pack.weights.splitA : ctx.pack.weights.splitB;
  if (split === null) return;
  const byLevel1: Partial<Record<Level1Category, number>> = {};
  for (const f of rows) {
    const c = f.level1.category;
    if (c === null) return;
    byLevel1[c] = sum([byLevel1[c] ?? 0, f.indicator.weight]);
  }
  const categories = Object.keys(split) as Level1Category[];
  const differs = categories.filter((c) => !decEqual(byLevel1[c] ?? 0, split[c] ?? 0, 0.001));
  if (differs.length === 0) return;
  const show = (m: Partial<Record<Level1Category, number>>) =>
    categories.map((c) => `${level1Name(c)}${fmt(m[c] ?? 0)}`).join(" / ");
  emit(
    ctx,
    "W-2",
    at,
    `一级指标分值为 ${show(byLevel1)}，与规则包规定的 ${show(split)} 不同`,
    { actual: byLevel1, expected: split },
    `按 ${show(split)} 分配分值，或确认本地区允许调整`,
  );
}

/** S-6: rows that over-achieve by the threshold are scored sometimes in full, sometimes with a deduction. */
function checkOverAchievementConsistency(
  ctx: CheckContext,
  table: IndicatorTable,
  over: { f: IndicatorFacts; deducted: boolean }[],
): void {
  const deducted = over.filter((o) => o.deducted);
  const full = over.filter((o) => !o.deducted);
  if (deducted.length === 0 || full.length === 0) return;
  const list = (xs: typeof over) =>
    xs
      .map(
        (o) =>
          `“${o.f.name}”${o.f.indicator.actual}/${o.f.target}得${fmt(o.f.indicator.score ?? 0)}/${fmt(o.f.indicator.weight ?? 0)}`,
      )
      .join("；");
  emit(
    ctx,
    "S-6",
    tableLocation(table, deducted[0]?.f.index, "score"),
    `超额完成的指标计分标准不一：扣分的有${list(deducted)}；未扣分的有${list(full)}`,
    { deducted: deducted.map((o) => o.f.index), full: full.map((o) => o.f.index) },
    "对超计划较大的指标统一按偏离度处理，并在偏差原因中说明",
  );
}

/** S-5 and E-3 on 预算执行情况. */
export function checkExecution(
  ctx: CheckContext,
  execution: Execution,
  deviation: string | null,
  location: FindingLocation,
): number | null {
  const computed = scoreExecution({
    annual: execution.annual,
    executed: execution.executed,
    weight: execution.weight,
    settings: settingsOf(ctx),
  });
  const tol = ctx.pack.thresholds.scoreTolerance;
  if (computed.score !== null && execution.score !== null && !decEqual(execution.score, computed.score, tol)) {
    emit(
      ctx,
      "S-5",
      { ...location, field: "execution" },
      `预算执行得分${fmt(execution.score)}与执行率不符：${computed.explanation}`,
      { execution, computed: computed.score },
      `预算执行得分应为${fmt(computed.score)}`,
    );
  } else if (computed.rate !== null && execution.rate !== null && !decEqual(execution.rate, computed.rate, 0.05)) {
    emit(
      ctx,
      "S-5",
      { ...location, field: "execution" },
      `执行率${fmt(execution.rate)}%与执行数÷预算数${fmt(computed.rate)}%不符`,
      { execution, computed: computed.rate },
      `执行率应为${fmt(computed.rate)}%`,
    );
  }
  if (computed.explanationRequired && blank(deviation)) {
    emit(
      ctx,
      "E-3",
      { ...location, field: "executionDeviation" },
      `预算执行率${fmt(computed.rate ?? 0)}%低于${ctx.pack.thresholds.executionRateExplain}%，未说明偏差原因`,
      { rate: computed.rate },
      "填写预算执行偏差原因分析及改进措施",
    );
  }
  return computed.score ?? execution.score;
}

/** S-3 and S-4: 总分 and 自评等级 of a department self-evaluation. */
export function checkEvaluationTotals(ctx: CheckContext, evaluation: Evaluation, executionScore: number | null): void {
  const loc: FindingLocation = { section: "evaluation", field: "totalScore" };
  const scores = evaluation.indicators.map((i) => i.score);
  const computed = sum([...scores, evaluation.execution.score ?? executionScore]);
  const stated = evaluation.totalScore;
  if (stated !== null && !decEqual(stated, computed, ctx.pack.thresholds.scoreTolerance)) {
    emit(
      ctx,
      "S-3",
      loc,
      `总分${fmt(stated)}不等于各项得分之和${fmt(computed)}`,
      { stated, computed },
      `总分应为${fmt(computed)}`,
    );
  }
  const total = stated ?? computed;
  const grade = gradeOf(total);
  if (evaluation.grade !== null && evaluation.grade !== grade) {
    emit(
      ctx,
      "S-4",
      { ...loc, field: "grade" },
      `总分${fmt(total)}对应等级“${grade}”，表中却为“${evaluation.grade}”`,
      { total, stated: evaluation.grade, computed: grade },
      `自评等级应为“${grade}”`,
    );
  }
  const m = /自评等级为?[“"]?([优良中差])/.exec(evaluation.conclusion ?? "");
  if (m?.[1] !== undefined && m[1] !== grade) {
    emit(
      ctx,
      "S-4",
      { ...loc, field: "conclusion" },
      `自评结论写“自评等级为${m[1]}”，总分${fmt(total)}对应“${grade}”`,
      { total, stated: m[1], computed: grade },
      `自评结论中的等级应为“${grade}”`,
    );
  }
}
