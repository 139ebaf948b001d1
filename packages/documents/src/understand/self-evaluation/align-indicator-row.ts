import { isNumeric, isValueLike } from "./cell-text.ts";
import { type ColumnRole, columnRoleOf } from "./header-roles.ts";
import { goalNumber, labelKind } from "./indicator-vocabulary.ts";

/** Column roles of an indicator table header, by column; `name` is where the 三级指标 column stands. */
export interface IndicatorHeader {
  roles: (ColumnRole | null)[];
  /** The header cells as written, same positions. */
  labels: (string | null)[];
  nameIndex: number;
}

export interface AlignedRow {
  goalNo: number | null;
  /** Text in a 绩效目标 column that is not a `绩效目标N` label: the goal written out. */
  goalText: string | null;
  level1: string | null;
  level2: string | null;
  name: string;
  values: Partial<Record<ColumnRole, string | null>>;
  /** How the row was read: by header position, anchored on the 分值/得分 pair, or left to right. */
  method: "position" | "anchor" | "sequence";
}

/** Builds the header from a row of labels; null when the row has no 三级指标 column. */
export function indicatorHeaderOf(cells: readonly (string | null)[]): IndicatorHeader | null {
  const roles = cells.map((c) => columnRoleOf(c));
  const nameIndex = roles.indexOf("name");
  if (nameIndex < 0) return null;
  return { roles, labels: [...cells], nameIndex };
}

/**
 * Reads one data row of an indicator table whose merged cells may be dropped or shifted (seed 002 text):
 * first by header position when the row fits it, else anchored on the 分值/得分 number pair, else left to right
 * after the last label. Grouping labels (绩效目标N, 一级, 二级) are recognised by their words; the 三级指标 is the
 * last label before the values. Returns null for a row without a name (blank, totals).
 */
export function alignIndicatorRow(options: {
  cells: readonly (string | null)[];
  header: IndicatorHeader;
  costIsLevel1: boolean;
}): AlignedRow | null {
  const { cells, header } = options;
  const valueRoles = header.roles.slice(header.nameIndex + 1);
  const byPosition = fitsPosition(cells, header);
  let valueStart: number;
  let method: AlignedRow["method"];
  if (byPosition) {
    valueStart = header.nameIndex + 1;
    method = "position";
  } else {
    const anchored = anchorStart(cells, valueRoles);
    if (anchored !== null) {
      valueStart = anchored;
      method = "anchor";
    } else {
      const lastLabel = lastLabelIndex(cells);
      if (lastLabel < 0) return null;
      valueStart = firstNonEmpty(cells, lastLabel + 1);
      method = "sequence";
    }
  }
  const labels: { index: number; text: string }[] = [];
  for (let i = 0; i < Math.min(valueStart, cells.length); i++) {
    const t = cells[i];
    if (t) labels.push({ index: i, text: t });
  }
  const nameCell = labels.pop();
  if (nameCell === undefined) return null;
  const values: Partial<Record<ColumnRole, string | null>> = {};
  valueRoles.forEach((role, k) => {
    if (role === null) return;
    const text = cells[valueStart + k] ?? null;
    values[role] = values[role] ? (text ? `${values[role]}${text}` : values[role]) : text;
  });
  // Text beyond the header's last column (shifted rows) belongs to the last text column (偏差原因…).
  const extra = cells.slice(valueStart + valueRoles.length).filter((c): c is string => !!c);
  const lastRole = [...valueRoles].reverse().find((r) => r !== null);
  if (extra.length > 0 && lastRole) values[lastRole] = [values[lastRole], ...extra].filter(Boolean).join("");
  return { ...classifyLabels(labels, header, options.costIsLevel1), name: nameCell.text, values, method };
}

function fitsPosition(cells: readonly (string | null)[], header: IndicatorHeader): boolean {
  const name = cells[header.nameIndex] ?? null;
  if (!name || isValueLike(name) || labelKind(name) !== "other") return false;
  for (let i = header.roles.length; i < cells.length; i++) if (cells[i]) return false;
  let anyValue = false;
  for (let i = header.nameIndex + 1; i < header.roles.length; i++) {
    const role = header.roles[i];
    const t = cells[i] ?? null;
    if ((role === "weight" || role === "score") && t !== null && !isNumeric(t)) return false;
    if (t !== null) anyValue = true;
    if (t !== null && labelKind(t) !== "other") return false;
  }
  return anyValue;
}

/** Where the first value column starts, found from the rightmost 分值/得分 number pair. */
function anchorStart(cells: readonly (string | null)[], valueRoles: (ColumnRole | null)[]): number | null {
  const w = valueRoles.indexOf("weight");
  if (w < 0) return null;
  const scoreNext = valueRoles[w + 1] === "score";
  let j = -1;
  for (let i = cells.length - 1; i >= 0 && j < 0; i--) {
    if (isNumeric(cells[i] ?? null) && (!scoreNext || isNumeric(cells[i + 1] ?? null))) j = i;
  }
  if (j < 0 && scoreNext) {
    for (let i = cells.length - 1; i >= 0 && j < 0; i--) if (isNumeric(cells[i] ?? null) && !cells[i + 1]) j = i;
  }
  if (j < 0 || j - w < 1) return null;
  return j - w;
}

function lastLabelIndex(cells: readonly (string | null)[]): number {
  let last = -1;
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i];
    if (!t) continue;
    if (labelKind(t) === "other" && !isValueLike(t)) return i;
    last = i;
  }
  return last;
}

function firstNonEmpty(cells: readonly (string | null)[], from: number): number {
  for (let i = from; i < cells.length; i++) if (cells[i]) return i;
  return from;
}

function classifyLabels(
  labels: { index: number; text: string }[],
  header: IndicatorHeader,
  costIsLevel1: boolean,
): { goalNo: number | null; goalText: string | null; level1: string | null; level2: string | null } {
  let goalNo: number | null = null;
  let goalText: string | null = null;
  let level1: string | null = null;
  let level2: string | null = null;
  const unknown: { index: number; text: string }[] = [];
  let cost: string | null = null;
  for (const l of labels) {
    const kind = labelKind(l.text);
    if (kind === "goal") goalNo = goalNumber(l.text);
    else if (kind === "level1") level1 = l.text;
    else if (kind === "level2") level2 = l.text;
    else if (kind === "cost") cost = l.text;
    else if (header.roles[l.index] === "goal") goalText = l.text;
    else if (header.roles[l.index] !== null && header.roles[l.index] !== "level1" && header.roles[l.index] !== "level2")
      continue;
    else unknown.push(l);
  }
  if (cost !== null) {
    if (level2 !== null && level1 === null) level1 = cost;
    else if (level1 !== null && level2 === null) level2 = cost;
    else if (costIsLevel1) level1 = cost;
    else level2 = cost;
  }
  for (const u of unknown) {
    const role = header.roles[u.index];
    if (role === "level1" && level1 === null) level1 = u.text;
    else if (role === "level2" && level2 === null) level2 = u.text;
    else if (level1 === null && level2 === null && unknown.length > 1) level1 = u.text;
    else if (level2 === null) level2 = u.text;
    else if (level1 === null) level1 = u.text;
  }
  return { goalNo, goalText, level1, level2 };
}
