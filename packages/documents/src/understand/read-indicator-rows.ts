/**
 * The rows of one three-level indicator table (绩效指标) → Indicator[].
 *
 * - Vertically merged cells: an empty 一级 repeats the one above; an empty 二级 repeats the one above while the
 *   一级 is unchanged.
 * - A header row repeated mid-table is a page break. The first row after it may be the rest of the row cut by the
 *   break (empty 一级, and 二级 empty or a fragment such as "标" / "指标"): its cells are appended to the row above
 *   (warning `row_continued`). When the fragment is already the end of the cell above, it is not repeated.
 * - All-blank rows are not indicators. The check R-IND-4 must still see them, so each one becomes a ReadWarning
 *   `blank_row` with its position; the indicator count stays the count of real rows.
 * - A separate 计算符号 / 度量单位 column is folded into `target` (operator + value + unit, the combined string the
 *   checks read) and kept apart in `measureUnit`.
 */
import type { Indicator, SourceRef } from "@jixiao/core";
import { parseNumber } from "./cell-text.ts";
import { alignRow, type HeaderMap, headerOf, type RowFields } from "./column-map.ts";
import type { RowItem } from "./flatten.ts";
import { columnRoleOf, LEVEL2_NAMES, normalizeLabel } from "./labels.ts";
import { parseTarget } from "./parse-target.ts";
import type { ReadWarning } from "./read-result.ts";

export interface IndicatorRowsRead {
  indicators: Indicator[];
  warnings: ReadWarning[];
}

const TEXT_ROLES = [
  "level1",
  "level2",
  "name",
  "description",
  "target",
  "measureUnit",
  "operator",
  "basis",
  "actual",
  "forecast",
  "deviation",
  "indicatorClass",
] as const;

/** Reads indicator rows; `rows` starts with a header row (or `header` is given) and holds only this table's rows. */
export function readIndicatorRows(options: { rows: readonly RowItem[]; header?: HeaderMap }): IndicatorRowsRead {
  const indicators: Indicator[] = [];
  const fieldsOf: RowFields[] = [];
  const warnings: ReadWarning[] = [];
  let header: HeaderMap | null = options.header ?? null;
  let level1: string | null = null;
  let level2: string | null = null;
  let afterBreak = false;

  let justHeader = false;
  for (const item of options.rows) {
    const asHeader = headerOf(item.cells);
    if (asHeader) {
      afterBreak = header !== null;
      header = asHeader;
      justHeader = true;
      continue;
    }
    if (!header) continue;
    if (justHeader && isSubHeader(item.cells)) {
      // a second header row under merged cells: 指标值 → 计算符号 | 数值 | 单位
      header = mergeSubHeader(header, item.cells);
      continue;
    }
    justHeader = false;
    if (item.cells.every((c) => c === null)) {
      warnings.push({
        code: "blank_row",
        message: `指标表第${item.row + 1}行为空行（所有单元格均为空）`,
        source: item.source,
      });
      continue;
    }
    const { fields, adjustments } = alignRow(header, item.cells);
    const prev = indicators[indicators.length - 1];
    const prevFields = fieldsOf[fieldsOf.length - 1];
    if (afterBreak && prev && prevFields && isContinuation(fields, prevFields)) {
      for (const role of TEXT_ROLES) {
        const add = fields[role];
        if (add) prevFields[role] = joinFragments(prevFields[role] ?? null, add);
      }
      indicators[indicators.length - 1] = { ...toIndicator(prevFields, header, prev.source ?? null) };
      level2 = prevFields.level2 ?? level2;
      warnings.push({
        code: "row_continued",
        message: `指标行“${prevFields.name ?? ""}”跨页断开，已与下一页的续行合并`,
        source: item.source,
      });
      afterBreak = false;
      continue;
    }
    afterBreak = false;
    if (fields.level1) {
      if (fields.level1 !== level1) level2 = null;
      level1 = fields.level1;
    } else fields.level1 = level1;
    if (fields.level2) level2 = fields.level2;
    else fields.level2 = level2;
    for (const a of adjustments) {
      if (a === "aligned_right") continue;
      warnings.push({
        code: `row_${a}`,
        message:
          a === "unglued"
            ? `指标行“${fields.name ?? ""}”的一级/二级指标与其他内容粘连，已按指标名称拆分`
            : `指标行“${fields.name ?? ""}”的单元格多于表头，已${a === "dropped_duplicate" ? "去掉重复的单元格" : "舍弃多出的单元格"}`,
        source: item.source,
      });
    }
    if (!fields.name) {
      warnings.push({ code: "missing_name", message: "指标行缺少三级指标名称", source: item.source });
    }
    fieldsOf.push(fields);
    indicators.push(toIndicator(fields, header, { page: item.source?.page ?? null, table: item.table, row: item.row }));
  }
  return { indicators, warnings };
}

/** Every filled cell is a column label, and there are at least two. */
function isSubHeader(cells: readonly (string | null)[]): boolean {
  const filled = cells.filter((c): c is string => c !== null);
  return filled.length >= 2 && filled.every((c) => columnRoleOf(c) !== null);
}

/** The lower header row names its columns more precisely; columns it leaves empty keep the upper label. */
function mergeSubHeader(header: HeaderMap, cells: readonly (string | null)[]): HeaderMap {
  const n = Math.max(header.roles.length, cells.length);
  const roles: HeaderMap["roles"] = [];
  const labels: HeaderMap["labels"] = [];
  for (let i = 0; i < n; i++) {
    const sub = cells[i] ?? null;
    const role = sub === null ? null : columnRoleOf(sub);
    roles.push(role ?? header.roles[i] ?? null);
    labels.push(role ? sub : (header.labels[i] ?? null));
  }
  let width = 0;
  roles.forEach((r, i) => {
    if (r !== null) width = i + 1;
  });
  return { roles, labels, width };
}

/** After a page break: an empty 一级 and an empty or fragmentary 二级 mean the row above goes on. */
function isContinuation(fields: RowFields, prev: RowFields): boolean {
  if (fields.level1) return false;
  const l2 = fields.level2 ?? null;
  if (l2 === null) return true;
  if (LEVEL2_NAMES.includes(normalizeLabel(l2))) return false;
  if (l2.length <= 2) return true;
  const joined = normalizeLabel(`${prev.level2 ?? ""}${l2}`);
  return LEVEL2_NAMES.includes(joined);
}

/** Append a fragment cut off by a page break, unless the cell above already ends with it. */
function joinFragments(before: string | null, fragment: string): string {
  if (before === null) return fragment;
  if (fragment.length <= 2 && before.endsWith(fragment)) return before;
  return `${before}${fragment}`;
}

const OPERATOR_TEXT = /^(?:≥|≤|>|<|=|＞|＜|＝|≧|≦|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不超过|不少于)$/;

function toIndicator(fields: RowFields, header: HeaderMap, source: SourceRef | null): Indicator {
  const has = (role: string) => header.roles.includes(role as never);
  let target = fields.target ?? null;
  const op = fields.operator ?? null;
  const unit = fields.measureUnit ?? null;
  if (target !== null && op !== null && OPERATOR_TEXT.test(op) && !/^[≥≤><=＞＜＝≧≦大小等不]/.test(target)) {
    target = `${op}${target}`;
  }
  if (target !== null && unit !== null && !target.endsWith(unit) && /\d$/.test(target)) target = `${target}${unit}`;
  const indicator: Indicator = {
    level1: fields.level1 ?? "",
    level2: fields.level2 ?? null,
    name: fields.name ?? "",
    description: fields.description ?? null,
    target,
    targetParsed: parseTarget(target),
    basis: fields.basis ?? null,
    goalNo: null,
    actual: fields.actual ?? null,
    weight: parseNumber(fields.weight ?? null),
    score: parseNumber(fields.score ?? null),
    deviation: fields.deviation ?? null,
  };
  if (has("measureUnit")) indicator.measureUnit = unit;
  if (has("forecast")) indicator.forecast = fields.forecast ?? null;
  if (has("indicatorClass")) indicator.indicatorClass = fields.indicatorClass ?? null;
  if (source) indicator.source = source;
  return indicator;
}
