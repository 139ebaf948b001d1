import type { GoalCompletion, Indicator } from "@jixiao/core";
import { parseNumber } from "../cell-text.ts";
import type { RowItem } from "../flatten.ts";
import { parseTarget } from "../parse-target.ts";
import type { ReadWarning } from "../read-result.ts";
import { type AlignedRow, alignIndicatorRow, type IndicatorHeader } from "./align-indicator-row.ts";
import { joinSentences } from "./cell-text.ts";

const SYMBOL = /^(?:≥|≤|≧|≦|>|<|＞|＜|=|＝|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不超过)$/;

/** Fill-down state of the grouping labels, carried across page breaks (the table continues on the next page). */
export interface GroupState {
  goalNo: number | null;
  /** Goal texts met in a 绩效目标 column, in order, when the form writes goals out instead of numbering them. */
  goalTexts?: string[];
  level1: string | null;
  level2: string | null;
}

/**
 * One indicator row → Indicator, with 绩效目标N / 一级 / 二级 filled down from the row above where the merged cell
 * was dropped. Returns null for rows without a 三级指标.
 */
export function readIndicatorRow(options: {
  row: RowItem;
  header: IndicatorHeader;
  state: GroupState;
  costIsLevel1: boolean;
  warnings: ReadWarning[];
  /** The form's goal table, to number goals written out in the indicator table. */
  goals?: readonly GoalCompletion[];
}): Indicator | null {
  const { row, header, state } = options;
  const aligned = alignIndicatorRow({ cells: row.cells, header, costIsLevel1: options.costIsLevel1 });
  if (aligned === null) return null;
  const { target: t, actual: a, weight: w, score: s } = aligned.values;
  if (!t && !a && !w && !s) return null;
  if (aligned.goalNo === null && aligned.goalText !== null) {
    aligned.goalNo = goalNoOf(aligned.goalText, options.goals ?? [], state);
  }
  applyGroups(aligned, state);
  if (state.level1 === null) {
    options.warnings.push({
      code: "level1_missing",
      message: `指标“${aligned.name}”没有一级指标`,
      source: row.source,
    });
  }
  if (aligned.method !== "position") {
    options.warnings.push({
      code: "row_realigned",
      message: `指标“${aligned.name}”所在行单元格与表头错位，已按内容对齐（请核对）`,
      source: row.source,
    });
  }
  const v = aligned.values;
  // A separate 改进措施 column (monitoring forms) joins the 偏差原因 text, as in the combined self-evaluation column.
  const measuresColumn = header.labels.some(
    (l, i) => l !== null && /^改进措施/.test(l) && header.roles[i] === "remark",
  );
  const measures = measuresColumn ? (v.remark ?? null) : null;
  const deviation = joinSentences([v.deviation, measures === null ? null : `改进措施：${measures}`]);
  const target = composeTarget(v.operator ?? null, v.target ?? null, v.measureUnit ?? null);
  const indicator: Indicator = {
    level1: state.level1 ?? "",
    level2: state.level2,
    name: aligned.name,
    description: v.description ?? null,
    target,
    targetParsed: parseTarget(target),
    ...(header.roles.includes("measureUnit") ? { measureUnit: v.measureUnit ?? null } : {}),
    basis: v.basis ?? null,
    goalNo: state.goalNo,
    actual: v.actual ?? null,
    ...(header.roles.includes("forecast") ? { forecast: v.forecast ?? null } : {}),
    ...(header.roles.includes("likelihood") ? { likelihood: v.likelihood ?? null } : {}),
    weight: parseNumber(v.weight ?? null),
    score: parseNumber(v.score ?? null),
    deviation,
    source: { table: row.table, row: row.row, ...(row.source?.page ? { page: row.source.page } : {}) },
  };
  return indicator;
}

/** The number of a goal written out: its 目标序号 in the goal table, else its order of appearance. */
function goalNoOf(text: string, goals: readonly GoalCompletion[], state: GroupState): number {
  const k = goals.findIndex((g) => g.goal === text || g.goal.startsWith(text) || text.startsWith(g.goal));
  const known = goals[k];
  if (known !== undefined) return known.no ?? k + 1;
  state.goalTexts ??= [];
  if (!state.goalTexts.includes(text)) state.goalTexts.push(text);
  return state.goalTexts.indexOf(text) + 1;
}

function applyGroups(aligned: AlignedRow, state: GroupState): void {
  if (aligned.goalNo !== null) state.goalNo = aligned.goalNo;
  if (aligned.level1 !== null) {
    // A new 一级 starts a new group, unless the same 一级 is repeated (page break) with its 二级 merged away.
    if (aligned.level1 !== state.level1 || aligned.level2 !== null) state.level2 = aligned.level2;
    state.level1 = aligned.level1;
  } else if (aligned.level2 !== null) {
    state.level2 = aligned.level2;
  }
}

/**
 * 指标值 as one string where the form splits it into 指标性质 (≥) + 年度指标值 (60) + 度量单位 (家), as domain-rules
 * §1.1 asks; a 指标性质 that is not a sign (正向, 定性) is not prefixed.
 */
function composeTarget(operator: string | null, target: string | null, unit: string | null): string | null {
  if (target === null) return null;
  let out = target;
  if (operator !== null && SYMBOL.test(operator) && !/^[≥≤≧≦><＞＜=＝]/.test(target)) out = `${operator}${out}`;
  if (unit !== null && /\d$/.test(out) && !out.endsWith(unit)) out = `${out}${unit}`;
  return out;
}
