import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import type { IndicatorFacts } from "../indicator-facts.ts";
import { bigramOf, bigrams, includesAny } from "../text.ts";

/** R-REL-1..4 for one row that is neither blank nor a placeholder. `identical`: the value copies the name. */
export function checkRelevance(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts, identical: boolean): void {
  if (table.kind !== "department") checkLevelFit(ctx, table, f, identical);
  if (f.level1.category === "benefit") checkBenefitNotInput(ctx, table, f);
  if (f.level2.category === "ecological") checkEcology(ctx, table, f);
  if (table.hasDescription) checkNameDescription(ctx, table, f);
}

/** R-REL-1: 时效 ⇒ date / duration / 按时率; 质量 ⇒ rate or standard, not a count; 数量 ⇒ a count, not a %. */
function checkLevelFit(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts, identical: boolean): void {
  const v = f.value;
  const c2 = f.level2.category;
  const at = () => tableLocation(table, f.index, "name");
  if (c2 === "timeliness") {
    if (v === null || v.kind === "deadline" || v.kind === "boolean" || f.unitKind === "time") return;
    const timely = ctx.pack.lexicon.timeliness;
    if (includesAny(f.name, timely) !== null || includesAny(f.description, timely) !== null) return;
    if (identical) return;
    const what =
      v.kind === "quantitative" && f.unitKind === "count"
        ? `“${f.name} ${f.target}”是数量`
        : v.kind === "quantitative"
          ? `“${f.name}”不反映完成时间`
          : `“${f.target}”不是时间要求`;
    emit(
      ctx,
      "R-REL-1",
      at(),
      `时效指标应反映完成时限或及时性，${what}`,
      { level2: f.level2.raw, name: f.name, target: f.target },
      "时效指标写完成时限（如“2025年12月31日前”“≤3个月”）或及时率（如“按时完成率 ≥95%”）",
    );
  } else if (
    c2 === "quality" &&
    v?.kind === "quantitative" &&
    f.unitKind === "count" &&
    (v.op === ">=" || v.op === ">" || v.op === null)
  ) {
    emit(
      ctx,
      "R-REL-1",
      at(),
      `质量指标应反映达标程度，“${f.name} ${f.target}”是数量`,
      { level2: f.level2.raw, name: f.name, target: f.target },
      "把该指标移到数量指标下，质量指标写合格率、达标率、验收通过率等",
    );
  } else if (c2 === "quantity" && v?.kind === "quantitative" && f.unitKind === "percent") {
    emit(
      ctx,
      "R-REL-1",
      at(),
      `数量指标应反映完成多少，“${f.name} ${f.target}”是比率`,
      { level2: f.level2.raw, name: f.name, target: f.target },
      "把比率类指标移到质量指标下，数量指标写个数、人次、面积等",
    );
  }
}

/** R-REL-2: a 效益 indicator in money that is the project's own spending (补助, 拨付, or capped with ≤). */
function checkBenefitNotInput(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const v = f.value;
  if (v?.kind !== "quantitative" || f.unitKind !== "money") return;
  const word = includesAny(`${f.name}${f.description}`, ctx.pack.lexicon.inputMoney);
  const capped = v.op === "<=" || v.op === "<";
  if (word === null && !capped) return;
  emit(
    ctx,
    "R-REL-2",
    tableLocation(table, f.index, "name"),
    `效益指标“${f.name} ${f.target}”是资金投入，不是效益`,
    { name: f.name, target: f.target, cue: word ?? "≤" },
    "效益指标写资金带来的效果（如“带动企业研发投入增长 ≥10%”“新增产值 ≥N万元”），资金数额放在成本指标中",
  );
}

/** R-REL-3: a 生态效益 row that says nothing ecological, or only a vague "生态环境" in a project about something else. */
function checkEcology(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const lex = ctx.pack.lexicon;
  const text = `${f.name}${f.description}${f.target}`;
  const words = lex.ecology.filter((w) => text.includes(w));
  const specific = words.filter((w) => !lex.ecologyGeneric.includes(w));
  let reason: string | null = null;
  if (words.length === 0) reason = `“${f.name}”与生态环境无关`;
  else if (specific.length === 0 && f.value?.kind !== "quantitative") {
    const contextSpecific = lex.ecology.some((w) => !lex.ecologyGeneric.includes(w) && table.context.includes(w));
    const whose = table.kind === "project" ? "项目" : "部门";
    if (!contextSpecific) reason = `“${f.name}”只笼统提到生态环境，${whose}的工作内容与生态环境无关`;
  }
  if (reason === null) return;
  emit(
    ctx,
    "R-REL-3",
    tableLocation(table, f.index, "name"),
    reason,
    { name: f.name, target: f.target },
    "项目没有生态效益时删除该行；有时写可衡量的生态指标（如“能耗降低 ≥5%”）",
  );
}

// Names recur across projects and edits; their bigram sets are memoised (bounded).
const bigramCache = new Map<string, Set<number>>();
function nameBigrams(name: string): Set<number> {
  let hit = bigramCache.get(name);
  if (hit === undefined) {
    if (bigramCache.size >= 20_000) bigramCache.clear();
    hit = bigrams(name);
    bigramCache.set(name, hit);
  }
  return hit;
}

function overlap(desc: readonly number[], name: ReadonlySet<number>): number {
  let n = 0;
  for (const g of desc) if (name.has(g)) n++;
  return n;
}

const descriptionCache = new Map<string, number[]>();
function descriptionBigrams(d: string): number[] {
  let hit = descriptionCache.get(d);
  if (hit === undefined) {
    if (descriptionCache.size >= 20_000) descriptionCache.clear();
    hit = [...bigrams(d)].filter((g) => !STOP_BIGRAMS.has(g));
    descriptionCache.set(d, hit);
  }
  return hit;
}

const STOP_BIGRAMS = new Set(["年内", "年度", "全年", "本年", "当年", "指标", "情况", "数量", "个数"].map(bigramOf));
const MIN_COPIED = 4;
const MIN_COPIED_SHARE = 0.6;

/**
 * R-REL-4: a description copied from another row. Descriptions rightly use other words than the name ("活动经费支出"
 * / "劳务、印制和场地费用合计"), so a missing overlap proves nothing; a description that matches another row's name
 * far better than its own ("年内科技特派员工作站全覆盖" / "年内认定的科技项目完成个数" next to "年内认定的科技项目完成率")
 * does.
 */
function checkNameDescription(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): void {
  const d = f.description;
  if (d === "" || d === f.name) return;
  const desc = descriptionBigrams(d);
  // A copy needs MIN_COPIED shared bigrams covering MIN_COPIED_SHARE of the description.
  const need = Math.max(MIN_COPIED, MIN_COPIED_SHARE * desc.length);
  if (desc.length < need) return;
  let best: IndicatorFacts | null = null;
  let bestScore = 0;
  for (const r of table.facts) {
    if (r === f || r.name.length < 2 || r.name === f.name) continue;
    const score = overlap(desc, nameBigrams(r.name));
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best === null || bestScore < need || bestScore < 2 * overlap(desc, nameBigrams(f.name)) + 2) return;
  emit(
    ctx,
    "R-REL-4",
    tableLocation(table, f.index, "description"),
    `指标“${f.name}”的描述“${d}”说的是另一个指标“${best.name}”`,
    { name: f.name, description: d, matches: best.name },
    `描述应说明“${f.name}”本身的含义和统计口径`,
  );
}
