import type { Indicator } from "@jixiao/core";
import { cellText } from "../cell-text.ts";
import type { Item, RowItem } from "../flatten.ts";
import { parseTarget } from "../parse-target.ts";
import { type ColumnRole, columnRoleOf } from "../self-evaluation/header-roles.ts";
import { yearsOf } from "./read-fund-lines.ts";

/** Header of a 长期/年度绩效指标 table, possibly spread over several rows (指标值 → 近两年指标值 → 2022年 | 2023年). */
export interface TargetTableHeader {
  roles: (ColumnRole | null)[];
  nameIndex: number;
  level1Index: number;
  level2Index: number;
  priorYears: number[];
  width: number;
}

const VALUE_ROLES = new Set<ColumnRole>(["target", "basis", "indicatorClass", "description", "measureUnit"]);

/** `2022年` / `2023年指标值` / `2023年实际完成值`: a prior-year value column named in the main header row. */
const PRIOR_YEAR = /^((?:19|20)\d{2})\s*年度?(?:实际)?(?:指标值|实际值|完成值|完成情况)?$/;
/** `2024年目标值` / `2024年预期值`: the current-year target column named with its year. */
const YEAR_TARGET = /^(?:19|20)\d{2}\s*年度?(?:目标值|预期值|预期目标|计划值|指标值\(预期\))$/;

export function targetHeaderOf(row: RowItem): TargetTableHeader | null {
  const priorYears: number[] = [];
  const roles = row.cells.map((c): ColumnRole | null => {
    if (c !== null && YEAR_TARGET.test(c)) return "target";
    const prior = c === null ? null : PRIOR_YEAR.exec(c);
    if (prior?.[1] !== undefined) {
      priorYears.push(Number(prior[1]));
      return "priorValue";
    }
    return columnRoleOf(c);
  });
  const nameIndex = roles.indexOf("name");
  if (nameIndex < 0 || !roles.includes("target")) return null;
  return {
    roles,
    nameIndex,
    level1Index: roles.indexOf("level1"),
    level2Index: roles.indexOf("level2"),
    priorYears,
    width: row.cells.length,
  };
}

/** A second/third header row: only labels and years, nothing under 三级指标. Updates the header in place. */
export function absorbSubHeader(row: RowItem, header: TargetTableHeader): boolean {
  if (row.cells[header.nameIndex]) return false;
  const years = yearsOf(row);
  if (years !== null) {
    header.priorYears = years;
    header.width = Math.max(header.width, row.cells.length);
    return true;
  }
  const filled = row.cells.filter((c): c is string => c !== null);
  if (filled.length === 0 || !filled.every((c) => columnRoleOf(c) !== null)) return false;
  header.width = Math.max(header.width, row.cells.length);
  return true;
}

/**
 * Rebuilds a row that a text reader split where a cell contained blank lines: the following paragraphs continue
 * the last cell and the following rows add cells, until the row is as wide as the header. Returns the row and
 * how many items it consumed after it.
 */
export function joinSplitRow(items: readonly Item[], at: number, width: number): { row: RowItem; used: number } {
  const first = items[at] as RowItem;
  if (first.cells.length >= width) return { row: first, used: 0 };
  const raw = [...first.raw];
  let used = 0;
  for (let k = at + 1; k < items.length && raw.length < width; k++) {
    const next = items[k] as Item;
    if (next.kind === "paragraph") raw[raw.length - 1] = `${raw[raw.length - 1] ?? ""}\n${next.raw}`;
    else raw.push(...next.raw);
    used++;
  }
  if (raw.length !== width) return { row: first, used: 0 };
  return { row: { ...first, raw, cells: raw.map((r) => cellText(r)) }, used };
}

export interface GroupLabels {
  level1: string | null;
  level2: string | null;
}

/** One data row → Indicator; 一级/二级 filled down from the rows above (merged cells). Null for rows without a name. */
export function readTargetRow(row: RowItem, header: TargetTableHeader, state: GroupLabels): Indicator | null {
  const name = row.cells[header.nameIndex] ?? null;
  if (name === null) return null;
  const l1 = header.level1Index >= 0 ? (row.cells[header.level1Index] ?? null) : null;
  const l2 = header.level2Index >= 0 ? (row.cells[header.level2Index] ?? null) : null;
  if (l1 !== null) {
    if (l1 !== state.level1 || l2 !== null) state.level2 = l2;
    state.level1 = l1;
  } else if (l2 !== null) state.level2 = l2;

  const tailRoles = header.roles
    .slice(header.nameIndex + 1)
    .filter((r): r is ColumnRole => r !== null && VALUE_ROLES.has(r));
  const after = row.cells.slice(header.nameIndex + 1);
  const tail = after.slice(Math.max(0, after.length - tailRoles.length));
  const values: Partial<Record<ColumnRole, string | null>> = {};
  tailRoles.forEach((role, k) => {
    values[role] = tail[k] ?? null;
  });
  const n = header.priorYears.length;
  const priors = after.slice(0, Math.max(0, after.length - tailRoles.length)).slice(-n);
  const target = values.target ?? null;
  return {
    level1: state.level1 ?? "",
    level2: state.level2,
    name,
    description: values.description ?? null,
    target,
    targetParsed: parseTarget(target),
    basis: values.basis ?? null,
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
    indicatorClass: values.indicatorClass ?? null,
    ...(n > 0 ? { priorValues: header.priorYears.map((year, k) => ({ year, value: priors[k] ?? null })) } : {}),
    source: { table: row.table, row: row.row, ...(row.source?.page ? { page: row.source.page } : {}) },
  };
}
