import { Decimal } from "decimal.js";
import type { Project } from "../../model/project.ts";
import { LIGHT_NAMES, type LightResult } from "../../monitoring/lights.ts";
import { monitorProject } from "../../monitoring/monitor-project.ts";
import type { RequiredExplanationsResult } from "../../monitoring/required-explanations.ts";
import { type CheckContext, emit } from "../context.ts";
import { fmt } from "../text.ts";
import type { FindingLocation } from "../types.ts";

const LIKELIHOODS = ["确定能", "有可能", "完全不可能"];
/** A stated 执行率 is usually rounded to whole percent. */
const RATE_TOLERANCE = 0.5;

/**
 * One project of a 绩效运行监控表 (§4.2–4.4): the stated 执行率 against its numbers, the lights as information, and the
 * explanations the region's policy makes mandatory (an error: the report cannot be submitted without them).
 */
export function checkMonitoringProject(
  ctx: CheckContext,
  project: Project,
  base: FindingLocation,
  month: number | null,
): void {
  const ex = project.execution;
  if (ex !== null && ex.rate !== null && ex.annual !== null && ex.executed !== null && ex.annual > 0) {
    const computed = new Decimal(ex.executed).dividedBy(ex.annual).times(100).toDecimalPlaces(2);
    if (computed.minus(ex.rate).abs().gt(RATE_TOLERANCE)) {
      emit(
        ctx,
        "M-6",
        { ...base, field: "execution" },
        `执行率${fmt(ex.rate)}%与执行数${fmt(ex.executed)}÷全年预算数${fmt(ex.annual)}=${computed.toString()}%不符`,
        { execution: ex, computed: computed.toNumber() },
        `执行率应为${computed.toString()}%`,
      );
    }
  }
  project.indicators.forEach((ind, k) => {
    const likelihood = ind.likelihood?.trim() ?? "";
    if (likelihood !== "" && !LIKELIHOODS.includes(likelihood)) {
      emit(
        ctx,
        "M-4",
        { ...base, indicatorIndex: k, field: "likelihood" },
        `“${ind.name}”的完成目标可能性为“${likelihood}”，不是规定的选项`,
        { likelihood },
        "填写“确定能”“有可能”或“完全不可能”",
      );
    }
  });
  // Without the cut-off month no light can be computed; checkDocument reports that once (M-5).
  if (month === null) return;

  const result = monitorProject({
    project,
    month,
    settings: ctx.pack.monitoring.lights,
    policy: ctx.pack.monitoring.policy,
  });
  const budgetAt: FindingLocation = { ...base, field: "executionDeviation" };
  reportLight(ctx, budgetAt, `${month}月底预算执行`, result.budget);
  reportExplanations(ctx, budgetAt, "预算执行", result.budgetExplanations, "M-1");
  for (const m of result.indicators) {
    const at: FindingLocation = { ...base, indicatorIndex: m.index, field: "deviation" };
    reportLight(ctx, at, `“${m.name}”`, m.light);
    reportExplanations(ctx, at, `“${m.name}”`, m.explanations, "M-2");
  }
}

function reportLight(ctx: CheckContext, at: FindingLocation, what: string, light: LightResult): void {
  if (light.light === null || light.light === "green") return;
  emit(
    ctx,
    "M-7",
    at,
    `${what}为${LIGHT_NAMES[light.light]}：${light.explanation}`,
    { light: light.light, progress: light.progress, formula: light.formula },
    light.light === "blue" ? "进度明显超前，请确认年度指标值是否偏低" : "分析偏差原因并提出改进措施",
  );
}

function reportExplanations(
  ctx: CheckContext,
  at: FindingLocation,
  what: string,
  result: RequiredExplanationsResult,
  reasonRule: "M-1" | "M-2",
): void {
  const forecast = result.missing.find((m) => m.field === "forecast");
  if (forecast !== undefined) {
    const { reason } = forecast;
    emit(ctx, "M-3", { ...at, field: "forecast" }, `${what}：${reason}`, { reason }, "填写全年预计完成情况");
  }
  // 偏差原因 and 原因说明 are one cell in most tables: one finding per row, with every reason that requires it.
  const reasons = [...new Set(result.missing.filter((m) => m.field !== "forecast").map((m) => m.reason))];
  if (reasons.length > 0) {
    emit(
      ctx,
      reasonRule,
      at,
      `${what}：${reasons.join("；")}，但偏差原因为空`,
      { reasons },
      "从经费保障、制度保障、人员保障、硬件条件保障等方面分析偏差原因，并写明改进措施",
    );
  }
  for (const a of result.advisories) emit(ctx, "M-8", at, `${what}：${a}`, {}, null);
}
