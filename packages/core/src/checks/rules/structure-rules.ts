import { type CheckContext, emit, type IndicatorTable, tableLocation } from "../context.ts";
import {
  FRAMEWORKS,
  type IndicatorFacts,
  type Level1Category,
  type Level2Category,
  level1Name,
  level2Name,
} from "../indicator-facts.ts";

const FIELD_LABELS: Record<string, string> = { name: "三级指标", description: "指标描述", target: "指标值" };

/** R-IND-4 / R-IND-3 for one row. Returns true when the row is empty or a placeholder (other rows rules skip it). */
export function checkRowPresence(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts): boolean {
  if (f.blankRow) {
    emit(ctx, "R-IND-4", tableLocation(table, f.index), "指标表中有一行全部为空", { row: f.index + 1 }, "删除空行");
    return true;
  }
  if (f.placeholderFields.length === 0) return false;
  const level2 = f.level2.canonical ?? (f.level2.raw || "该");
  const filled = f.placeholderFields.map((k) => `${FIELD_LABELS[k]}“${cellText(f, k) || "空白"}”`).join("、");
  emit(
    ctx,
    "R-IND-3",
    tableLocation(table, f.index, f.placeholderFields[0]),
    `${level2}行填写了占位内容：${filled}`,
    { name: f.indicator.name, description: f.indicator.description, target: f.indicator.target },
    `${level2}不适用时应删除该行，不要填“无”；适用时应写明三级指标、描述和可衡量的指标值`,
  );
  return true;
}

function cellText(f: IndicatorFacts, key: string): string {
  return key === "name" ? f.name : key === "description" ? f.description : f.target;
}

/** Table-level structure: R-IND-1, R-IND-2, R-IND-5, R-IND-6 (per row), R-IND-7, R-IND-8, R-IND-9, R-REL-7. */
export function checkTableStructure(ctx: CheckContext, table: IndicatorTable, rows: readonly IndicatorFacts[]): void {
  const framework = FRAMEWORKS[table.framework];
  const level1Seen = new Set<Level1Category>();
  const outputSeen = new Set<Level2Category>();
  let satisfactionRows = 0;
  let realSatisfaction = 0;
  const aliasReported = new Set<string>();
  const misplacedReported = new Set<string>();
  for (const f of rows) {
    if (f.blankRow) continue;
    const c1 = f.level1.category;
    if (c1 !== null) level1Seen.add(c1);
    if (c1 === "output" && f.level2.category !== null) outputSeen.add(f.level2.category);
    if (f.isSatisfaction) {
      satisfactionRows++;
      if (f.placeholderFields.length === 0) realSatisfaction++;
    }
    for (const level of [f.level1, f.level2]) {
      if (level.alias && level.canonical !== null && !aliasReported.has(level.raw)) {
        aliasReported.add(level.raw);
        emit(
          ctx,
          "R-IND-7",
          tableLocation(table, f.index, level === f.level1 ? "level1" : "level2"),
          `“${level.raw}”是旧称或简称`,
          { label: level.raw, canonical: level.canonical },
          `应写作“${level.canonical}”`,
        );
      }
    }
    checkPlacement(ctx, table, f, misplacedReported);
  }

  const missing = framework.required.filter((c) => !level1Seen.has(c));
  if (missing.length > 0) {
    emit(
      ctx,
      "R-IND-1",
      tableLocation(table, undefined, "indicators"),
      `缺少一级指标：${missing.map(level1Name).join("、")}（${framework.name}）`,
      { missing, framework: table.framework },
      `补充${missing.map(level1Name).join("、")}下的三级指标`,
    );
  }
  if (level1Seen.has("output")) {
    const needed = (framework.tree.output ?? []).filter((c) => !outputSeen.has(c));
    if (needed.length > 0) {
      emit(
        ctx,
        "R-IND-2",
        tableLocation(table, undefined, "indicators"),
        `产出指标下缺少${needed.map(level2Name).join("、")}`,
        { missing: needed },
        `产出指标应至少各有一个${needed.map(level2Name).join("、")}`,
      );
    }
  }
  if (satisfactionRows > 0 && realSatisfaction === 0) {
    emit(
      ctx,
      "R-IND-5",
      tableLocation(table, undefined, "indicators"),
      "满意度指标没有实际内容",
      { satisfactionRows },
      "设置服务对象满意度指标，如“服务对象满意度 ≥90%”",
    );
  }
  if (table.kind === "project") {
    const count = rows.filter((f) => !f.blankRow).length;
    if (count > ctx.pack.thresholds.maxIndicators) {
      emit(
        ctx,
        "R-IND-9",
        tableLocation(table, undefined, "indicators"),
        `三级指标有${count}个，超过${ctx.pack.thresholds.maxIndicators}个`,
        { count, max: ctx.pack.thresholds.maxIndicators },
        "突出重点，保留反映主要产出和核心效果的指标",
      );
    }
  }
  checkRepeatedLevel2(ctx, table, rows);
}

function checkPlacement(ctx: CheckContext, table: IndicatorTable, f: IndicatorFacts, reported: Set<string>): void {
  const framework = FRAMEWORKS[table.framework];
  const c1 = f.level1.category;
  const c2 = f.level2.category;
  // Fast path: both levels known and the 二级 belongs under the 一级.
  if (c1 !== null && c2 !== null && framework.tree[c1]?.includes(c2)) return;
  if (c1 !== null && c2 === null && f.level2.raw === "") return;
  const key = `${f.level1.raw}|${f.level2.raw}`;
  if (reported.has(key)) return;
  let message: string | null = null;
  let suggestion: string | null = null;
  if (f.level1.raw !== "" && f.level1.category === null) {
    message = `一级指标“${f.level1.raw}”不在${framework.name}中`;
    suggestion = `一级指标应为${framework.required.map(level1Name).join("、")}之一`;
  } else if (f.level2.raw !== "" && f.level2.category === null) {
    message = `二级指标“${f.level2.raw}”不在${framework.name}中`;
    const allowed = f.level1.category === null ? [] : (framework.tree[f.level1.category] ?? []);
    suggestion = allowed.length > 0 ? `应为${allowed.map(level2Name).join("、")}之一` : null;
  } else if (f.level1.category !== null && f.level2.category !== null) {
    const allowed = framework.tree[f.level1.category] ?? [];
    if (!allowed.includes(f.level2.category)) {
      message = `${framework.name}中，“${f.level2.raw}”不能放在“${f.level1.raw}”下`;
      const home = (Object.keys(framework.tree) as Level1Category[]).find((c) =>
        (framework.tree[c] ?? []).includes(f.level2.category as Level2Category),
      );
      suggestion =
        home !== undefined
          ? `应放在“${level1Name(home)}”下`
          : table.framework === "A" && f.level2.category === "cost"
            ? "成本指标应作为一级指标，下设经济成本指标、社会成本指标、生态环境成本指标"
            : `应为${allowed.map(level2Name).join("、")}之一`;
    }
  }
  if (message === null) return;
  reported.add(key);
  emit(
    ctx,
    "R-IND-8",
    tableLocation(table, f.index, "level2"),
    message,
    { level1: f.level1.raw, level2: f.level2.raw, framework: table.framework },
    suggestion,
  );
}

/** R-REL-7: a 二级 that comes back after another 二级 (社会效益 · 经济效益 · 社会效益), within one goal group. */
function checkRepeatedLevel2(ctx: CheckContext, table: IndicatorTable, rows: readonly IndicatorFacts[]): void {
  let group: number | null | undefined;
  let seen = new Set<string>();
  let previous = "";
  const reported = new Set<string>();
  for (const f of rows) {
    if (f.blankRow) continue;
    if (f.indicator.goalNo !== group) {
      group = f.indicator.goalNo;
      seen = new Set();
      previous = "";
    }
    const key = f.level2.canonical ?? f.level2.raw;
    if (key === "") continue;
    if (key !== previous && seen.has(key) && !reported.has(`${group}|${key}`)) {
      reported.add(`${group}|${key}`);
      emit(
        ctx,
        "R-REL-7",
        tableLocation(table, f.index, "level2"),
        `二级指标“${f.level2.raw}”重复出现`,
        { level2: f.level2.raw, row: f.index + 1 },
        `把同一二级指标下的三级指标放在一起；多余的“${f.level2.raw}”行应删除`,
      );
    }
    seen.add(key);
    previous = key;
  }
}

/**
 * R-IND-6: 指标值确定依据 filled and a standard (or, in lenient packs, a named document). One finding per distinct
 * bad basis in a table (a project that writes 工作经验 on every row gets one finding listing the rows).
 */
export function checkBases(ctx: CheckContext, table: IndicatorTable, rows: readonly IndicatorFacts[]): void {
  if (!table.hasBasis) return;
  const bad = new Map<string, IndicatorFacts[]>();
  for (const f of rows) {
    if (f.blankRow || f.placeholderFields.length > 0) continue;
    const basis = (f.indicator.basis ?? "").replace(/\s+/g, "");
    const ok =
      basis !== "" &&
      !ctx.pack.sets.nonStandardBases.has(basis) &&
      (ctx.pack.basisPolicy !== "enum" || ctx.pack.sets.standardBases.has(basis));
    if (ok) continue;
    const list = bad.get(basis) ?? [];
    list.push(f);
    bad.set(basis, list);
  }
  const standards = ctx.pack.lexicon.standardBases.join("、");
  for (const [basis, list] of bad) {
    const first = list[0] as IndicatorFacts;
    const where =
      list.length === 1 ? `“${first.name}”` : `${list.length}个指标（${list.map((f) => `“${f.name}”`).join("、")}）`;
    const message =
      basis === ""
        ? `${where}未填写指标值确定依据`
        : ctx.pack.sets.nonStandardBases.has(basis)
          ? `${where}的指标值确定依据“${basis}”不是规范的标准`
          : `${where}的指标值确定依据“${basis}”不在本地区规定的标准中`;
    emit(
      ctx,
      "R-IND-6",
      tableLocation(table, first.index, "basis"),
      message,
      { basis, rows: list.map((f) => f.index) },
      ctx.pack.basisPolicy === "enum" ? `应为${standards}之一` : `应为${standards}之一，并注明依据的文件或数据`,
    );
  }
}
