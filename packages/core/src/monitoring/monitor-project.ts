import type { Project } from "../model/project.ts";
import { parseValue } from "../value/parse-value.ts";
import { indicatorNumbers } from "./indicator-numbers.ts";
import { isCumulative } from "./is-cumulative.ts";
import { lightBudgetExecution } from "./light-budget-execution.ts";
import { lightIndicator } from "./light-indicator.ts";
import type { Light, LightResult, LightSettings } from "./lights.ts";
import {
  type ExplanationPolicy,
  type Likelihood,
  type RequiredExplanationsResult,
  requiredExplanations,
} from "./required-explanations.ts";

export interface MonitorProjectOptions {
  /** A project of a 绩效运行监控表: execution to date, indicators with 1–X月执行情况 in `actual`. */
  project: Project;
  /** Month of the cut-off (1–X月). */
  month: number;
  settings?: Partial<LightSettings>;
  policy?: Partial<ExplanationPolicy>;
}

export interface MonitoredIndicator {
  index: number;
  name: string;
  light: LightResult;
  explanations: RequiredExplanationsResult;
}

export interface ProjectMonitoring {
  budget: LightResult;
  /** Budget light ⇒ 偏差原因 of the execution (same policy as the indicators). */
  budgetExplanations: RequiredExplanationsResult;
  indicators: MonitoredIndicator[];
  /** The most serious light of the project, budget included: red > yellow > blue > green; null when none. */
  worst: Light | null;
  counts: Record<Light | "none", number>;
}

const LIKELIHOODS: Likelihood[] = ["确定能", "有可能", "完全不可能"];
const SEVERITY: Record<Light, number> = { red: 3, yellow: 2, blue: 1, green: 0 };

/**
 * Monitoring of one project (§4.3–4.4): the budget execution light, a light per indicator by its target's kind, and
 * the explanations each light or 完成可能性 makes mandatory under the region's policy.
 */
export function monitorProject(options: MonitorProjectOptions): ProjectMonitoring {
  const { project, month, settings, policy } = options;
  const ex = project.execution;
  const budget = lightBudgetExecution({
    rate: ex?.rate ?? null,
    annual: ex?.annual,
    executed: ex?.executed,
    month,
    settings,
  });
  const budgetExplanations = requiredExplanations({
    light: budget.light,
    deviationText: project.executionDeviation ?? null,
    executionRate: ex?.rate ?? null,
    month,
    policy,
  });
  const counts: Record<Light | "none", number> = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  let worst: Light | null = budget.light;
  const indicators = project.indicators.map((ind, index) => {
    const target = ind.targetParsed ?? (ind.target === null ? null : parseValue(ind.target).value);
    const light = lightIndicator({ target, current: ind.actual, month, name: ind.name, settings });
    const numbers = indicatorNumbers(target, ind.actual);
    const likelihood = LIKELIHOODS.find((l) => l === ind.likelihood?.trim()) ?? null;
    const explanations = requiredExplanations({
      light: light.light,
      likelihood,
      deviationText: ind.deviation,
      forecast: ind.forecast ?? null,
      op: target?.kind === "quantitative" ? target.op : null,
      target: numbers.ok ? numbers.target.toNumber() : null,
      current: numbers.ok ? numbers.current.toNumber() : null,
      cumulative: target?.kind === "quantitative" ? isCumulative(target.unit, ind.name) : true,
      month,
      policy,
    });
    if (light.light === null) counts.none++;
    else {
      counts[light.light]++;
      if (worst === null || SEVERITY[light.light] > SEVERITY[worst]) worst = light.light;
    }
    return { index, name: ind.name, light, explanations };
  });
  return { budget, budgetExplanations, indicators, worst, counts };
}
