/**
 * Scoring speed: whole self-evaluations scored per second (seed 002 as read: 60 indicator rows, execution, totals,
 * grade; every row parsed from its text and scored in decimal), plus single indicator rows per second.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { throughput } from "../../../scripts/bench-util.ts";
import { documentSchema } from "../src/model/document.ts";
import { scoreIndicator } from "../src/scoring/score-indicator.ts";
import { scoreSelfEvaluation } from "../src/scoring/score-self-evaluation.ts";

export default async function bench(): Promise<Record<string, unknown>> {
  const file = join(import.meta.dirname, "../../../fixtures/expected/002_a3cb9191b7c11910.json");
  const doc = documentSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const evaluation = doc.evaluation;
  if (evaluation === null) throw new Error("seed 002 golden file has no evaluation");
  // Texts only, so each run parses the values too (targetParsed dropped).
  const fromText = { ...evaluation, indicators: evaluation.indicators.map((i) => ({ ...i, targetParsed: null })) };
  const rows = fromText.indicators;
  let k = 0;
  const one = () => {
    const r = rows[k];
    k = k + 1 === rows.length ? 0 : k + 1;
    return r === undefined
      ? null
      : scoreIndicator({ target: r.target, actual: r.actual, weight: r.weight, statedScore: r.score });
  };
  const check = scoreSelfEvaluation({ evaluation: fromText });
  return {
    rowsPerEvaluation: rows.length,
    selfEvaluationsPerSecond: throughput(() => scoreSelfEvaluation({ evaluation: fromText }), 2000),
    // The machine is shared: CPU time of this process is the steadier measure.
    selfEvaluationsPerCpuSecond: perCpuSecond(() => scoreSelfEvaluation({ evaluation: fromText }), 2000),
    indicatorRowsPerSecond: throughput(one, 1000),
    sanity: { total: check.totalScore.computed, grade: check.grade.computed, formulaTotal: check.formulaTotal },
  };
}

/** Operations per second of this process's CPU time (user + system) over a wall-clock budget. */
function perCpuSecond(fn: () => unknown, budgetMs: number): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    fn();
    n++;
  }
  const c = process.cpuUsage(c0);
  return Math.round(n / ((c.user + c.system) / 1e6));
}
