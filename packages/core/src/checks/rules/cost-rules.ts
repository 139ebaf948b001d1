import { dec } from "../../decimal.ts";
import type { SpendPlan } from "../../model/project.ts";
import { formatValue } from "../../value/format-value.ts";
import { toYuan } from "../../value/units.ts";
import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import type { IndicatorFacts } from "../indicator-facts.ts";
import { expectedUnit } from "../name-units.ts";
import { fmt, fmtAmount, includesAny } from "../text.ts";

const PLAIN_MONEY = new Set(["元", "千元", "万元", "百万元", "亿元"]);
const MONEY_IN_TEXT = /\d(?:\.\d+)?\s*(?:元|万元|亿元)/;
const SPEND_WORDS = ["支出", "投入", "出资", "自筹", "花费"];

/** R-COST-1, R-COST-2, R-COST-3, R-COST-5 for one cost row; R-COST-4 too when a unit cost can be multiplied out. */
export function checkCostRow(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const v = f.value;
  // 成本节约率 ≥5%, 成本控制率 ≤100%: a rate of the cost is a legitimate cost indicator in many provinces.
  if (v?.kind === "quantitative" && f.unitKind === "percent" && expectedUnit(f.name)?.kind === "percent") return;
  const at = () => tableLocation(table, f.index, "target");
  const budgetText = table.budget === null ? null : `${fmtAmount(table.budget)}${ctx.amountUnit}`;
  const capped = budgetText === null ? "≤N万元" : `≤${budgetText}`;
  if (v?.kind === "quantitative" && (v.op === ">=" || v.op === ">")) {
    const rewritten = formatValue({ ...v, op: "<=" });
    const over = exceedsBudget(ctx, table, f);
    emit(
      ctx,
      "R-COST-1",
      at(),
      `成本指标“${f.name} ${f.target}”用了“${v.op === ">=" ? "≥" : "＞"}”，成本应是上限`,
      { name: f.name, target: f.target, budget: table.budget },
      over ? `成本指标应写作“${capped}”（不超过预算数）` : `成本指标应写作“${rewritten}”`,
    );
  }
  if (!f.isMoneyCost) return;
  if (v?.kind !== "quantitative" && MONEY_IN_TEXT.test(f.target)) {
    // "租金每平650元": an amount is there, only not in the ≤N元/平方米 form.
    emit(
      ctx,
      "R-VAL-1",
      at(),
      `成本指标值“${f.target}”不是规范的“计算符号＋数字＋单位”形式`,
      { name: f.name, target: f.target },
      "应写作“≤650元/平方米”这样的形式：≤、金额、单位",
    );
    return;
  }
  if (v?.kind !== "quantitative" || f.unitKind !== "money") {
    emit(
      ctx,
      "R-COST-3",
      at(),
      `成本指标“${f.name}”的指标值“${f.target}”不是金额`,
      { name: f.name, target: f.target },
      `成本指标应写作“${capped}”（不超过预算数），或写单位成本（如“≤650元/平方米”）`,
    );
    return;
  }
  if (exceedsBudget(ctx, table, f)) {
    emit(
      ctx,
      "R-COST-2",
      at(),
      `成本指标“${f.target}”超过预算数${budgetText}`,
      { target: f.target, budget: table.budget, amountUnit: ctx.amountUnit },
      `成本指标应写作“${capped}”（不超过预算数）`,
    );
  }
  const who = includesAny(`${f.name}${f.description}`, ctx.pack.lexicon.beneficiaries);
  if (who !== null && includesAny(`${f.name}${f.description}`, SPEND_WORDS) !== null) {
    emit(
      ctx,
      "R-COST-5",
      tableLocation(table, f.index, "name"),
      `成本指标“${f.name}”是${who}的支出，不是本项目的成本`,
      { name: f.name, description: f.description },
      `成本指标写本项目资金的支出上限，如“${capped}”`,
    );
  }
  // Unit cost × quantity can only be held against 预算数 when it is the project's one money cost.
  if (v.unit?.includes("/") && table.facts.filter((r) => r.isMoneyCost).length === 1) checkUnitCost(ctx, table, f);
}

function exceedsBudget(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): boolean {
  const v = f.value;
  if (
    table.budget === null ||
    v?.kind !== "quantitative" ||
    v.value === null ||
    v.unit === null ||
    !PLAIN_MONEY.has(v.unit)
  )
    return false;
  // Same unit: two numbers as written compare exactly; only a real excess needs the decimal tolerance check.
  if (v.unit === ctx.amountUnit && v.value <= table.budget) return false;
  const amount = toYuan(v.value, v.unit);
  const budget = toYuan(table.budget, ctx.amountUnit);
  if (amount === null || budget === null) return false;
  return dec(amount).gt(dec(budget).plus(toYuan(ctx.pack.thresholds.budgetTolerance, ctx.amountUnit) ?? 0));
}

/** 单站建设成本, 人均培训成本, 平均每户补助: a cost per item, which no sum of caps can be held against 预算数. */
const PER_ITEM_COST = /^单[^位]|单位成本|单价|平均|人均|户均|每/;

/** R-COST-6: the total of money cost caps far below 预算数 (either the budget is too big or the indicator is wrong). */
export function checkCostTotal(ctx: CheckContext, table: IndicatorTable, allRows: readonly IndicatorFacts[]): void {
  if (table.budget === null || table.budget <= 0) return;
  const rows = allRows.filter((f) => !PER_ITEM_COST.test(f.name));
  // Common case: one cap in the document's unit at or above the budget — nothing to sum.
  let caps = 0;
  let only: IndicatorFacts | null = null;
  for (const f of rows) {
    if (f.isMoneyCost && f.value?.kind === "quantitative" && f.value.unit !== null && PLAIN_MONEY.has(f.value.unit)) {
      caps++;
      only = f;
    }
  }
  if (caps === 0) return;
  const v0 = only?.value;
  if (caps === 1 && v0?.unit === ctx.amountUnit && v0.value !== null && v0.value >= table.budget) return;
  let total = dec(0);
  let count = 0;
  for (const f of rows) {
    const v = f.value;
    if (!f.isMoneyCost || v?.kind !== "quantitative" || v.value === null || v.unit === null || !PLAIN_MONEY.has(v.unit))
      continue;
    const y = toYuan(v.value, v.unit);
    if (y === null) continue;
    total = total.plus(y);
    count++;
  }
  const budget = toYuan(table.budget, ctx.amountUnit);
  if (count === 0 || budget === null) return;
  const ratio = ctx.pack.thresholds.costBelowBudgetRatio;
  if (total.lt(dec(budget).times(ratio))) {
    const inUnit = total.dividedBy(toYuan(1, ctx.amountUnit) ?? 1).toNumber();
    emit(
      ctx,
      "R-COST-6",
      tableLocation(table, undefined, "indicators"),
      `成本指标合计${fmt(inUnit)}${ctx.amountUnit}，不到预算数${fmtAmount(table.budget)}${ctx.amountUnit}的${fmt(ratio * 100)}%`,
      { costTotal: inUnit, budget: table.budget, ratio },
      `核对预算数或成本指标：成本指标应覆盖项目全部支出，如“≤${fmtAmount(table.budget)}${ctx.amountUnit}”`,
    );
  }
}

const AREA_SYNONYMS = ["平方米", "㎡", "m2", "m²", "平米"];

/** R-COST-4: unit cost × a quantity stated in the project (10000平方米) should come near 预算数. */
function checkUnitCost(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const v = f.value;
  if (table.budget === null || v?.kind !== "quantitative" || v.value === null || v.unit === null) return;
  const slash = v.unit.indexOf("/");
  const money = v.unit.slice(0, slash);
  let per = v.unit.slice(slash + 1);
  if (per.startsWith("每")) per = per.slice(1);
  const units = AREA_SYNONYMS.includes(per) ? AREA_SYNONYMS : [per];
  const quantity = findQuantity(table.context, units);
  if (quantity === null) return;
  const each = toYuan(v.value, money);
  const budget = toYuan(table.budget, ctx.amountUnit);
  if (each === null || budget === null || budget === 0) return;
  const product = dec(each).times(quantity);
  const off = product.minus(budget).abs().dividedBy(budget).toNumber();
  if (off <= ctx.pack.thresholds.unitCostTolerance) return;
  const productInUnit = product.dividedBy(toYuan(1, ctx.amountUnit) ?? 1).toNumber();
  emit(
    ctx,
    "R-COST-4",
    tableLocation(table, f.index, "target"),
    `单位成本${f.target} × ${fmt(quantity)}${per} = ${fmt(productInUnit)}${ctx.amountUnit}，与预算数${fmtAmount(table.budget)}${ctx.amountUnit}相差${fmt(off * 100)}%`,
    { target: f.target, quantity, budget: table.budget },
    "核对单位成本、数量与预算数",
  );
}

const quantityPatterns = new Map<string, RegExp>();

function findQuantity(text: string, units: readonly string[]): number | null {
  for (const u of units) {
    let re = quantityPatterns.get(u);
    if (re === undefined) {
      re = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*${u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
      quantityPatterns.set(u, re);
    }
    const m = re.exec(text);
    if (m?.[1] !== undefined) return Number(m[1]) * (m[2] === undefined ? 1 : 10000);
  }
  return null;
}

/** R-PLAN-6: a 时效 deadline at year end with nothing spent by October ⇒ spending piles up in December. */
export function checkBackLoading(
  ctx: CheckContext,
  table: IndicatorTable,
  rows: readonly IndicatorFacts[],
  plan: SpendPlan | null,
): void {
  if (plan === null || plan.oct === null || plan.oct > 0) return;
  const yearEnd = rows.find(
    (f) =>
      f.level2.category === "timeliness" && f.value?.kind === "deadline" && (f.value.text ?? "").endsWith("-12-31"),
  );
  if (yearEnd === undefined) return;
  emit(
    ctx,
    "R-PLAN-6",
    tableLocation(table, undefined, "spendPlan"),
    `时效要求“${yearEnd.target}”，但10月底支出计划为0%，支出集中在年底`,
    { spendPlan: plan, deadline: yearEnd.target },
    "按实施进度分月安排支出，避免年底突击花钱",
  );
}
