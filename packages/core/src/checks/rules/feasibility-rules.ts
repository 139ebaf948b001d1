import { dec } from "../../decimal.ts";
import { type MeasureUnitKind, measureUnitKind, toYuan } from "../../value/units.ts";
import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import { type IndicatorFacts, parseCached } from "../indicator-facts.ts";
import { isPositiveRate, isReverseName } from "../name-units.ts";
import { compact, fmt, includesAny } from "../text.ts";

/** R-FEAS-4 and R-FEAS-5 for one row. */
export function checkFeasibilityRow(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const v = f.value;
  const at = () => tableLocation(table, f.index, "target");
  if (
    v?.kind === "qualitative" &&
    (f.target.startsWith("未") || f.target.startsWith("尚未") || f.target.startsWith("没有"))
  ) {
    emit(
      ctx,
      "R-FEAS-4",
      at(),
      `指标值“${f.target}”描述的是现状，不是要达到的目标`,
      { name: f.name, target: f.target },
      `写明年内要达到的状态，如“${f.name}：完成建设并投入使用”`,
    );
  } else if (v?.kind === "quantitative" && v.value === 0 && isPositiveRate(f.name) && v.op !== "<=" && v.op !== "<") {
    emit(
      ctx,
      "R-FEAS-4",
      at(),
      `“${f.name}”的目标为0，完成率为0的目标没有意义`,
      { name: f.name, target: f.target },
      "本年不适用时删除该指标；适用时写要达到的比例，如“≥90%”",
    );
  }
  if (table.kind !== "project") return;
  const macro = includesAny(f.name, ctx.pack.lexicon.macro);
  let ratio: number | null = null;
  if (
    f.level1.category === "benefit" &&
    v?.kind === "quantitative" &&
    v.value !== null &&
    f.unitKind === "money" &&
    table.budget
  ) {
    const a = toYuan(v.value, v.unit);
    const b = toYuan(table.budget, ctx.amountUnit);
    if (a !== null && b !== null && b > 0) ratio = dec(a).dividedBy(b).toNumber();
  }
  if (macro !== null || (ratio !== null && ratio >= ctx.pack.thresholds.macroRatio)) {
    emit(
      ctx,
      "R-FEAS-5",
      tableLocation(table, f.index, "name"),
      ratio !== null && ratio >= ctx.pack.thresholds.macroRatio
        ? `“${f.name} ${f.target}”是预算数的${fmt(ratio)}倍，主要取决于项目以外的因素`
        : `“${f.name}”是${macro}层面的指标，不由本项目决定`,
      { name: f.name, target: f.target, cue: macro, ratio },
      "选用本项目资金直接带来的效果（如受资助企业的研发投入增长），宏观指标可在部门整体目标中体现",
    );
  }
}

/** R-FEAS-2: 历史标准 and higher-is-better ⇒ the target should not fall below last year's value. */
export function checkHistory(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const prior = f.indicator.priorValues;
  const v = f.value;
  if (prior === undefined || prior.length === 0 || v?.kind !== "quantitative" || v.value === null) return;
  if (!compact(f.indicator.basis).includes("历史标准") || v.op === "<=" || v.op === "<" || isReverseName(f.name))
    return;
  const last = [...prior].reverse().find((p) => p.value !== null && compact(p.value) !== "");
  if (last === undefined || last.value === null) return;
  const pv = parseCached(compact(last.value), "actual").value;
  if (pv?.kind !== "quantitative" || pv.value === null || pv.value <= v.value) return;
  emit(
    ctx,
    "R-FEAS-2",
    tableLocation(table, f.index, "target"),
    `“${f.name}”以历史标准确定，目标${f.target}却低于${last.year ?? "上年"}年的${last.value}`,
    { name: f.name, target: f.target, prior: last },
    `历史标准应取较高值：目标不低于${compact(last.value)}，或说明下调原因`,
  );
}

/** R-FEAS-3: the same indicator in the 长期 and 年度 tables (Hubei): long-term stock ≥ annual; same grade. */
export function checkLongTermVsAnnual(ctx: CheckContext, longTerm: IndicatorTable, annual: IndicatorTable): void {
  const byName = new Map<string, IndicatorFacts>();
  for (const f of longTerm.facts) if (f.name !== "") byName.set(f.name, f);
  for (const a of annual.facts) {
    const l = byName.get(a.name);
    if (l === undefined || a.target === "" || l.target === "") continue;
    const lv = l.value;
    const av = a.value;
    if (lv?.kind === "quantitative" && av?.kind === "quantitative" && lv.value !== null && av.value !== null) {
      const kind: MeasureUnitKind = l.unitKind !== "other" ? l.unitKind : measureUnitKind(av.unit);
      if (kind !== "count" && kind !== "money") continue;
      const lNum = kind === "money" ? (toYuan(lv.value, lv.unit) ?? lv.value) : lv.value;
      const aNum = kind === "money" ? (toYuan(av.value, av.unit ?? lv.unit) ?? av.value) : av.value;
      if (lNum >= aNum) continue;
      emit(
        ctx,
        "R-FEAS-3",
        tableLocation(annual, a.index, "target"),
        `“${a.name}”长期目标${l.target}低于年度目标${a.target}`,
        { name: a.name, longTerm: l.target, annual: a.target },
        `长期目标应不低于年度目标（${a.target}），并与长期目标文字一致`,
      );
    } else if (
      lv?.kind !== "quantitative" &&
      av?.kind !== "quantitative" &&
      !l.target.includes(a.target) &&
      !a.target.includes(l.target)
    ) {
      emit(
        ctx,
        "R-FEAS-3",
        tableLocation(annual, a.index, "target"),
        `“${a.name}”长期目标为“${l.target}”，年度目标却为“${a.target}”`,
        { name: a.name, longTerm: l.target, annual: a.target },
        "年度目标应与长期目标方向一致、逐年推进",
      );
    }
  }
}

const NUMBER_WITH_UNIT =
  /(\d+(?:\.\d+)?)\s*(万|亿)?\s*(家|个|项|次|场|人次|人|%|亿元|万元|元|篇|所|条|件|套|台|平方米|户|名)(以上|及以上)?/g;
const SCALE: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** 50 万人次 → 500000 人次; 3 亿元 → 300000000 元: numbers compared at one scale. */
function scaled(value: number, unit: string | null): { n: ReturnType<typeof dec>; unit: string } {
  const m = /^(万|亿)(.+)$/.exec(unit ?? "");
  return m?.[1] && m[2] ? { n: dec(value).times(SCALE[m[1]] ?? 1), unit: m[2] } : { n: dec(value), unit: unit ?? "" };
}

/** Counting words that stand for one another in a goal text (2个 ~ 4家 is one count; 2000人次 is not 10项). */
const COUNT_GROUPS = [
  ["个", "家", "项", "所", "条", "件", "套", "台", "篇"],
  ["人", "人次", "名", "户"],
  ["场", "次"],
];

function sameQuantity(a: string, b: string): boolean {
  if (a === "" || b === "" || a === b) return true;
  return COUNT_GROUPS.some((g) => g.includes(a) && g.some((u) => b.startsWith(u)));
}

const TARGET_CUES = ["以上", "达到", "达", "突破", "超过", "不少于", "不低于"];
const INCREMENT_CUES = ["新增", "增加", "增长", "提高", "净增"];

/**
 * R-FEAS-1: a number stated in a 绩效目标 / 年度目标 / 长期目标 text should equal the value of the indicator it
 * names; a target number with no indicator at all ("转化落地60个以上") is reported too.
 */
export function checkGoalNumbers(ctx: CheckContext, table: IndicatorTable, goalText: string, field: string): void {
  const named = table.facts.filter((f) => f.name.length >= 2 && f.value?.kind === "quantitative");
  for (const sentence of goalText.split(/[。；;\n]/)) {
    let from = 0;
    for (const m of sentence.matchAll(NUMBER_WITH_UNIT)) {
      const at = m.index ?? 0;
      const segment = sentence.slice(from, at);
      from = at + m[0].length;
      const n = dec(m[1] ?? "0").times(SCALE[m[2] ?? ""] ?? 1);
      const unit = m[3] ?? "";
      const atLeast = m[4] !== undefined;
      const lead = segment.slice(-4);
      if (includesAny(lead, INCREMENT_CUES) !== null) continue;
      // "…企业新增40家，总数达到350家以上": a short segment ("，总数达到") refers back to the sentence's subject.
      const scope = segment.replace(/[^\p{Script=Han}A-Za-z]/gu, "").length < 6 ? sentence.slice(0, at) : segment;
      const match = bestMatch(named, scope);
      if (match === null) {
        // Worded differently but the same number and unit is in the table: that is the indicator.
        const same = named.some((f) => {
          const v = f.value?.value;
          if (v === null || v === undefined) return false;
          const t = scaled(v, f.value?.unit ?? null);
          return t.n.eq(n) && t.unit.startsWith(unit);
        });
        if (!same && (atLeast || includesAny(lead, TARGET_CUES) !== null)) {
          emit(
            ctx,
            "R-FEAS-1",
            tableLocation(table, undefined, field),
            `目标中的“${lastClause(segment)}${m[0]}”没有对应的绩效指标`,
            { text: sentence, number: n.toNumber(), unit },
            "为目标中的量化要求设置对应的绩效指标，或删去目标中的数字",
          );
        }
        continue;
      }
      const tv = match.value?.value ?? null;
      if (tv === null) continue;
      // 50万人次 in the text and ≥50万人次 in the table are one number; 2000人次 is no figure of an indicator in 项
      const target = scaled(tv, match.value?.unit ?? null);
      if (!sameQuantity(unit, target.unit)) continue;
      const ok = atLeast ? target.n.gte(n) : target.n.eq(n);
      if (ok) continue;
      emit(
        ctx,
        "R-FEAS-1",
        tableLocation(table, match.index, "target"),
        `目标文字写“${m[0]}”，指标“${match.name}”却是${match.target}`,
        { text: sentence, stated: m[0], indicator: match.name, target: match.target },
        `目标文字与指标值应一致：改为${match.target}，或把指标值改为“≥${m[1]}${m[2] ?? ""}${unit}”`,
      );
    }
  }
}

/** The clause a number belongs to: "…，在鄂州转化落地" → "在鄂州转化落地" (at most 20 characters). */
function lastClause(segment: string): string {
  const parts = compact(segment).split(/[，,；;、：:]/);
  return (parts[parts.length - 1] ?? "").slice(-20);
}

function bestMatch(named: readonly IndicatorFacts[], scope: string): IndicatorFacts | null {
  let best: IndicatorFacts | null = null;
  for (const f of named) {
    // "培训人次" is named by its unit: the goal says "培训500人次", so the key is "培训".
    const key = f.name.replace(/(人次|人数|次数|家数|户数|个数|数量|总数|数|面积|金额|总额)$/, "");
    if (key.length >= 2 && scope.includes(key) && (best === null || key.length > best.name.length)) best = f;
  }
  return best;
}
