import { decEqual, sum } from "../../decimal.ts";
import type { Project, SpendPlan } from "../../model/project.ts";
import { type CheckContext, emit } from "../context.ts";
import { comparable, fmt } from "../text.ts";
import type { FindingLocation } from "../types.ts";

const MONTHS = ["mar", "jun", "oct", "dec"] as const;
const MONTH_LABELS: Record<(typeof MONTHS)[number], string> = {
  mar: "3月底",
  jun: "6月底",
  oct: "10月底",
  dec: "12月底",
};

/** R-CODE-1, R-BUD-1/2, R-GOAL-1/3, R-PLAN-1..5, R-PLAN-7: the project header of a 项目支出绩效目标表. */
export function checkProjectHeader(
  ctx: CheckContext,
  project: Project,
  base: FindingLocation,
  expectTargets: boolean,
): void {
  const at = (field: string): FindingLocation => ({ ...base, field });
  const unit = ctx.amountUnit;
  if (expectTargets && (project.code === null || project.code.trim() === "")) {
    emit(
      ctx,
      "R-CODE-1",
      at("code"),
      `项目“${project.name}”未填写项目编码`,
      { code: project.code },
      "填写预算管理一体化系统中的项目编码",
    );
  }

  const b = project.budget;
  if (expectTargets && (b === null || b.total === null)) {
    emit(ctx, "R-BUD-2", at("budget"), `项目“${project.name}”未填写预算数`, { budget: b }, `填写预算数（${unit}）`);
  } else if (b !== null && b.total !== null && b.fiscal !== null && !(b.total === b.fiscal && !b.other)) {
    const parts = sum([b.fiscal, b.other ?? 0]);
    if (!decEqual(b.total, parts, ctx.pack.thresholds.budgetTolerance)) {
      emit(
        ctx,
        "R-BUD-1",
        at("budget"),
        `预算数${fmt(b.total)}${unit}不等于财政资金${fmt(b.fiscal)}${unit}与其他资金${fmt(b.other ?? 0)}${unit}之和`,
        { total: b.total, fiscal: b.fiscal, other: b.other },
        `预算数应为${fmt(parts)}${unit}，或核对财政资金与其他资金`,
      );
    }
  }

  if (expectTargets) {
    const goals = project.goals.map(comparable).filter((g) => g !== "");
    const min = ctx.pack.thresholds.goalMinLength;
    if (goals.length === 0) {
      emit(
        ctx,
        "R-GOAL-1",
        at("goals"),
        `项目“${project.name}”未填写绩效目标`,
        { goals: project.goals },
        "写明本项目年度预期达到的产出和效果，并与绩效指标对应",
      );
    } else if (goals.every((g) => [...g].length < min)) {
      emit(
        ctx,
        "R-GOAL-1",
        at("goals"),
        `绩效目标“${goals[0]}”过于简略（少于${min}个字）`,
        { goals: project.goals, minLength: min },
        "写明做什么、做多少、达到什么效果，例如“年内支持X家企业…，带动…”",
      );
    }
  }
  const purpose = comparable(project.purpose);
  if (purpose !== "" && project.goals.some((g) => comparable(g) === purpose)) {
    emit(
      ctx,
      "R-GOAL-3",
      at("purpose"),
      "资金用途与绩效目标文字相同，没有说明资金具体用于什么",
      { purpose: project.purpose },
      "资金用途应写明资金买什么、干什么（支出内容、对象、标准），绩效目标写预期产出和效果",
    );
  }

  checkSpendPlan(ctx, project, at("spendPlan"), expectTargets);
}

function checkSpendPlan(ctx: CheckContext, project: Project, loc: FindingLocation, expectTargets: boolean): void {
  const plan = project.spendPlan;
  const t = ctx.pack.thresholds;
  const target = t.planDecemberTarget;
  const fix = `资金支出计划应累计递增并在12月底达到${target}%`;
  if (plan === null) {
    if (expectTargets && ctx.pack.spendPlanRequired) {
      emit(
        ctx,
        "R-PLAN-1",
        loc,
        "未填写资金支出计划",
        { spendPlan: null },
        `按3月底、6月底、10月底、12月底填写累计支出比例，${fix}`,
      );
    }
    return;
  }
  const columns = project.spendPlanColumns ?? MONTHS;
  const missingColumns = MONTHS.filter((m) => !columns.includes(m));
  if (missingColumns.length > 0) {
    emit(
      ctx,
      "R-PLAN-5",
      loc,
      `资金支出计划缺少${missingColumns.map((m) => MONTH_LABELS[m]).join("、")}列`,
      { columns, missing: missingColumns },
      `资金支出计划应有3月底、6月底、10月底、12月底四列，${fix}`,
    );
  }
  const blanks = columns.filter((m) => plan[m] === null);
  if (blanks.length > 0) {
    emit(
      ctx,
      "R-PLAN-1",
      loc,
      `资金支出计划${blanks.map((m) => MONTH_LABELS[m]).join("、")}未填写`,
      { spendPlan: plan, blank: blanks },
      `每个月份都应填写累计支出比例（没有支出填0%），${fix}`,
    );
  }
  const outOfRange = MONTHS.filter((m) => {
    const v = plan[m];
    return v !== null && (v < 0 || v > 100);
  });
  if (outOfRange.length > 0) {
    emit(
      ctx,
      "R-PLAN-2",
      loc,
      `资金支出计划${outOfRange.map((m) => `${MONTH_LABELS[m]}${fmt(plan[m] ?? 0)}%`).join("、")}超出0–100%`,
      { spendPlan: plan },
      "支出比例应在0%到100%之间",
    );
  }
  const filled = MONTHS.filter((m) => plan[m] !== null) as (keyof SpendPlan)[];
  for (let k = 1; k < filled.length; k++) {
    const prev = filled[k - 1] as keyof SpendPlan;
    const cur = filled[k] as keyof SpendPlan;
    const a = plan[prev] ?? 0;
    const b = plan[cur] ?? 0;
    if (b < a) {
      emit(
        ctx,
        "R-PLAN-3",
        loc,
        `资金支出计划是累计比例，${MONTH_LABELS[cur]}${fmt(b)}%低于${MONTH_LABELS[prev]}${fmt(a)}%`,
        { spendPlan: plan, from: prev, to: cur },
        fix,
      );
      break;
    }
  }
  // The year-end figure: 12月底 when that column exists, else the last column the table has.
  const last: keyof SpendPlan | undefined = columns.includes("dec") ? "dec" : filled[filled.length - 1];
  const final = last === undefined ? null : plan[last];
  if (final !== null && !decEqual(final, target)) {
    emit(
      ctx,
      "R-PLAN-4",
      loc,
      `资金支出计划年底累计为${fmt(final)}%，未达到${target}%`,
      { spendPlan: plan, final },
      `${fix}（跨年度项目应另附说明）`,
    );
  }
  const june = t.planJuneMin;
  if (june !== null && plan.jun !== null && plan.jun < june) {
    emit(
      ctx,
      "R-PLAN-7",
      loc,
      `6月底累计支出计划${fmt(plan.jun)}%，低于本地区要求的${june}%`,
      { jun: plan.jun, min: june },
      `6月底累计支出比例应不低于${june}%`,
    );
  }
}
