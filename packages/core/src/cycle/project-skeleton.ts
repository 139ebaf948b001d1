import { JixiaoError } from "../errors.ts";
import type { PerformanceDocument } from "../model/document.ts";
import type { Indicator } from "../model/indicator.ts";
import type { Project } from "../model/project.ts";

/**
 * An approved project carried into a later stage of the cycle: what was approved (name, unit, budget, goals, the
 * targets) stays; what the stage fills in (actual values, reasons, scores) starts empty.
 */
export function carryProject(p: Project, executionWeight: number | null): Project {
  const total = p.budget?.total ?? null;
  return {
    code: p.code,
    name: p.name,
    unit: p.unit,
    budget: p.budget,
    purpose: p.purpose,
    spendPlan: null,
    goals: [...p.goals],
    indicators: p.indicators.map(carryIndicator),
    execution: { initial: total, annual: total, executed: null, weight: executionWeight, score: null, rate: null },
    executionDeviation: null,
    goalsAchieved: null,
    conclusion: null,
  };
}

function carryIndicator(i: Indicator): Indicator {
  return {
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    description: i.description,
    target: i.target,
    targetParsed: i.targetParsed,
    measureUnit: i.measureUnit ?? null,
    basis: i.basis,
    goalNo: i.goalNo,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
  };
}

/** The projects a later stage is made for: those with an indicator table. Refuses (in Chinese) when there is none. */
export function projectsToCarry(targets: PerformanceDocument, what: string): Project[] {
  const projects = targets.projects.filter((p) => p.indicators.length > 0);
  if (projects.length === 0)
    throw new JixiaoError("validation", "no projects with indicators", {
      userMessage: `这份文档没有带绩效指标的项目，无法生成${what}`,
    });
  return projects;
}

/**
 * The document of a later stage: the targets' year, department and unit of amounts, titled
 * “2025年度项目支出绩效自评表” (without a year just the name), holding `projects`.
 */
export function stageDocument(
  targets: PerformanceDocument,
  kind: PerformanceDocument["kind"],
  name: string,
  projects: Project[],
): PerformanceDocument {
  const year = targets.year;
  return {
    format: "jixiao/v1",
    kind,
    title: year === null ? name : `${year}年度${name}`,
    year,
    department: targets.department,
    amountUnit: targets.amountUnit,
    overall: null,
    departmentTable: null,
    projects,
    evaluation: null,
  };
}
