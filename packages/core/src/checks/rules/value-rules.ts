import type { ParsedValue } from "../../model/value.ts";
import { formatValue } from "../../value/format-value.ts";
import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import type { IndicatorFacts } from "../indicator-facts.ts";
import { expectedUnit, isGrowthName, isPercentFriendly } from "../name-units.ts";
import { fmt, includesAny } from "../text.ts";

/** Deadline words in a name or description: such an indicator wants "≤N个月" or a date, never "≥". */
const DEADLINE_CUES = ["前完成", "底前", "之前", "时限", "期限", "截止"];

/**
 * R-VAL-1..10, R-SAT-1..3 for one row that is neither blank nor a placeholder. Returns true when the value
 * copies the name or description (the caller's relevance rules then skip the text).
 */
export function checkValue(
  ctx: CheckContext,
  table: IndicatorTable,
  f: IndicatorFacts,
  rows: readonly IndicatorFacts[],
): boolean {
  const at = (field = "target") => tableLocation(table, f.index, field);
  const v = f.value;
  const kind = v?.kind ?? null;
  const textual = kind === "qualitative" || kind === null;
  const identical =
    textual && f.target !== "" && (f.target === f.name || (f.description !== "" && f.target === f.description));
  if (identical) {
    const rule = f.isSatisfaction ? "R-SAT-3" : "R-VAL-5";
    emit(
      ctx,
      rule,
      at(),
      `指标值“${f.target}”照抄了${f.target === f.name ? "指标名称" : "指标描述"}，不是可衡量的目标`,
      { name: f.name, description: f.description, target: f.target },
      f.isSatisfaction ? "满意度应写作“≥90%”等百分比目标" : suggestFor(f),
    );
  } else if (table.hasDescription && f.description !== "" && f.description === f.name) {
    emit(
      ctx,
      "R-VAL-10",
      at("description"),
      `指标描述“${f.description}”与三级指标名称相同`,
      { name: f.name, description: f.description },
      "描述应说明指标的含义、统计口径或计算方法",
    );
  }

  const requireOperator = table.kind !== "department" || ctx.pack.departmentTableRequiresOperator;
  let valueProblem = false;
  for (const p of f.parse.problems) {
    if (
      p.code === "malformed_number" ||
      p.code === "operator_conflict" ||
      (p.code === "missing_operator" && requireOperator)
    ) {
      valueProblem = true;
      emit(ctx, "R-VAL-1", at(), p.message, { target: f.target, problem: p.code }, suggestFor(f));
    } else if (p.code === "missing_unit") {
      valueProblem = true;
      const exp = expectedUnit(f.name);
      const op = v?.op ?? (requireOperator ? (f.isCost ? "<=" : ">=") : null);
      const fixed = v !== null && exp !== null ? formatValue({ ...v, op, unit: exp.suggest }) : null;
      emit(
        ctx,
        "R-VAL-2",
        at(),
        `指标值“${f.target}”缺少度量单位`,
        { target: f.target },
        fixed === null ? "在数字后写明度量单位（个、项、家、次、%、万元…）" : `应写作“${fixed}”`,
      );
    } else if (p.code === "not_a_value" && !identical) {
      valueProblem = true;
      emit(
        ctx,
        "R-VAL-9",
        at(),
        p.message,
        { target: f.target, basis: f.indicator.basis },
        "文件名称应写在“指标值确定依据”中；指标值写可衡量的目标（数字、期限或等级）",
      );
    }
  }

  if (f.parse.normalizedChanged) {
    emit(
      ctx,
      "R-VAL-8",
      at(),
      `计算符号“${f.target}”写法不规范`,
      { target: f.target, normalized: f.parse.normalized },
      `应写作“${f.parse.normalized}”`,
    );
  }

  if (v !== null && kind === "quantitative") checkQuantitative(ctx, table, f, v, rows);
  if (
    kind === "quantitative" &&
    f.level2.category === "timeliness" &&
    (v?.op === ">=" || v?.op === ">") &&
    f.unitKind === "time"
  ) {
    const cue = includesAny(`${f.name}${f.description}`, DEADLINE_CUES);
    if (cue !== null) {
      emit(
        ctx,
        "R-VAL-1",
        at(),
        `“${f.name}”是完成时限，指标值“${f.target}”却用“≥”`,
        { name: f.name, description: f.description, target: f.target },
        `时限应写作完成日期（如“12月31日前”）或“≤${fmt(v?.value ?? 0)}${v?.unit ?? ""}”`,
      );
    }
  }

  // A cost row that is not money is R-COST-3's business.
  if (
    !identical &&
    !valueProblem &&
    !f.isMoneyCost &&
    !f.isSatisfaction &&
    (kind === "qualitative" || kind === "boolean")
  ) {
    checkQualitative(ctx, table, f);
  }
  if (f.isSatisfaction && !identical && v !== null) checkSatisfaction(ctx, table, f, v);
  return identical;
}

function checkQuantitative(
  ctx: CheckContext,
  table: IndicatorTable,
  f: IndicatorFacts,
  v: ParsedValue,
  rows: readonly IndicatorFacts[],
): void {
  const at = () => tableLocation(table, f.index, "target");
  const unit = v.unit;
  const percent = f.unitKind === "percent";
  const question = includesAny(`${f.name}${f.description}`, ["是否"]);
  if (question !== null && percent) {
    emit(
      ctx,
      "R-VAL-6",
      at(),
      `“${f.description.includes("是否") ? f.description : f.name}”是“是否”问题，不能用“${f.target}”衡量`,
      { name: f.name, description: f.description, target: f.target },
      "改为可衡量的指标（如“按时发放率 ≥95%”），或把指标值写为“是”",
    );
    return;
  }
  // A cost row in the wrong unit is R-COST-3's business.
  if (unit !== null && !f.isMoneyCost) {
    const exp = expectedUnit(f.name);
    if (exp !== null) {
      const fits =
        exp.kind === "percent"
          ? percent
          : exp.kind === "money"
            ? f.unitKind === "money"
            : exp.kind === "time"
              ? f.unitKind === "time"
              : exp.units.includes(unit) ||
                (f.unitKind !== "count" && f.unitKind !== "time" && f.unitKind !== "percent");
      if (!fits) {
        emit(
          ctx,
          "R-VAL-3",
          at(),
          `“${f.name}”的单位应为“${exp.suggest}”，指标值却是“${f.target}”`,
          { name: f.name, target: f.target, unit, expected: exp.units.length > 0 ? exp.units : exp.kind },
          `“${f.name}”的单位应为“${exp.kind === "money" && (unit === "亿" || unit === "万") ? `${unit}元` : exp.suggest}”`,
        );
        return;
      }
    } else if (percent && !isPercentFriendly(f.name) && !isPercentFriendly(f.description)) {
      emit(
        ctx,
        "R-VAL-3",
        at(),
        `“${f.name}”不是比率，指标值“${f.target}”的百分比没有计算基数`,
        { name: f.name, description: f.description, target: f.target },
        "写明比率的名称和口径（如“…完成率 ≥90%”），或改用数量、金额表示",
      );
      return;
    }
  }
  if (!percent || f.isSatisfaction) return;
  const n = v.value ?? 0;
  if (n > 100 && !isGrowthName(f.name)) {
    emit(
      ctx,
      "R-VAL-4",
      at(),
      `比率“${f.name}”的目标${f.target}超过100%`,
      { target: f.target },
      "比率目标应在0–100%之间",
    );
  } else if (v.op === ">=" && n === 100) {
    emit(
      ctx,
      "R-VAL-4",
      at(),
      `“${f.target}”：比率不会超过100%，“≥100%”没有意义`,
      { target: f.target },
      "应写作“＝100%”",
    );
  } else if (f.name.endsWith("完成率") && n < 100 && countOfOne(f, rows)) {
    emit(
      ctx,
      "R-VAL-3",
      at(),
      `“${f.name}”的对象只有1次，完成率“${f.target}”无法衡量`,
      { name: f.name, target: f.target, basis: f.indicator.basis },
      "只有一次的活动应直接以“≥1次”或完成时限衡量",
    );
  }
}

/** The activity a completion rate counts happens once (from a sibling count indicator or the basis text). */
function countOfOne(f: IndicatorFacts, rows: readonly IndicatorFacts[]): boolean {
  const stem = f.name.slice(0, -"完成率".length);
  if (/(?:^|[^\d.])1(?:次|场|个|项)/.test(`${f.indicator.basis ?? ""}${f.description}`)) return true;
  if (stem.length < 2) return false;
  return rows.some(
    (r) =>
      r !== f &&
      r.name.includes(stem) &&
      r.value?.kind === "quantitative" &&
      r.value.value === 1 &&
      r.unitKind === "count",
  );
}

function checkQualitative(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const at = () => tableLocation(table, f.index, "target");
  if (f.value?.kind === "boolean") {
    emit(
      ctx,
      "R-VAL-7",
      at(),
      `指标值“${f.target}”只能回答是否，无法分级评判`,
      { name: f.name, target: f.target },
      suggestFor(f),
    );
    return;
  }
  // A 时效 row written as prose is reported by R-REL-1; a status-quo target by R-FEAS-4.
  if (f.level2.category === "timeliness" || f.target.startsWith("未") || f.target.startsWith("尚未")) return;
  if (includesAny(f.target, ctx.pack.lexicon.grades) !== null) return;
  emit(ctx, "R-VAL-7", at(), `定性指标值“${f.target}”无法分级评判`, { name: f.name, target: f.target }, suggestFor(f));
}

function checkSatisfaction(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts, v: ParsedValue): void {
  const at = () => tableLocation(table, f.index, "target");
  const floor = ctx.pack.thresholds.satisfactionFloor;
  const fix = `满意度应写作“≥${Math.max(floor, 90)}%”`;
  if (v.kind !== "quantitative") {
    emit(ctx, "R-SAT-1", at(), `满意度指标值“${f.target}”不是百分比目标`, { target: f.target }, fix);
    return;
  }
  if (f.unitKind !== "percent") {
    if (v.unit !== null) emit(ctx, "R-SAT-1", at(), `满意度指标值“${f.target}”应以%计`, { target: f.target }, fix);
    return;
  }
  const n = v.value ?? 0;
  if (v.op === "<" || v.op === "<=") {
    emit(
      ctx,
      "R-SAT-1",
      at(),
      `满意度是越高越好，指标值“${f.target}”却用“${v.op === "<" ? "＜" : "≤"}”`,
      { target: f.target },
      fix,
    );
  } else if (n >= 100) {
    emit(
      ctx,
      "R-SAT-2",
      at(),
      `满意度目标“${f.target}”：100%的满意度难以实现，也缺乏依据`,
      { target: f.target },
      `${fix}（以历年满意度调查结果为依据）`,
    );
  } else if (n < floor) {
    emit(ctx, "R-SAT-1", at(), `满意度目标“${f.target}”低于${floor}%`, { target: f.target, floor }, fix);
  }
}

/** A concrete rewrite of a value where the data allows one. */
export function suggestFor(f: IndicatorFacts): string {
  const v = f.value;
  const exp = expectedUnit(f.name);
  if (v !== null && v.kind === "quantitative" && v.value !== null) {
    const op = v.op ?? (f.isCost ? "<=" : ">=");
    const fits = exp === null || exp.units.length === 0 || (v.unit !== null && exp.units.includes(v.unit));
    const unit = v.unit === null || !fits ? (exp?.suggest ?? v.unit) : v.unit;
    return `应写作“${formatValue({ ...v, op, unit })}”`;
  }
  if (f.isCost) return "成本指标应写作“≤N万元”（不超过预算数）";
  if (f.isSatisfaction) return "满意度应写作“≥90%”";
  if (f.level2.category === "timeliness") return "时效指标应写完成时限，如“2025年12月31日前”或“≤3个月”";
  if (exp?.kind === "percent") return `应写作“≥N%”，写明“${f.name}”的目标比例`;
  if (exp?.kind === "count") return `应写作“≥N${exp.suggest}”`;
  return "改为可衡量的目标：计算符号＋数字＋单位（如“≥10家”），或可分级评判的等级（如“达到省级标准”“明显提升”）";
}
