/**
 * Indicator-table columns by label, not by position: a header row is recognised by what its cells say
 * (labels.ts), and every data row is aligned to it. Rows that lack leading merged cells are aligned from the
 * right; cells glued together ("产出指标数量指标…") are split on known 一级/二级 names; a row with one cell too
 * many (a duplicated cell from a broken converter) loses the duplicate.
 */
import {
  type ColumnRole,
  columnRoleOf,
  exactColumnRoleOf,
  KNOWN_COLUMN_LABELS,
  KNOWN_LABEL_STARTS,
  LEVEL1_NAMES,
  LEVEL2_NAMES,
  MAX_LABEL_LENGTH,
  normalizeLabel,
} from "./labels.ts";

const LEVEL2_BY_LENGTH = [...LEVEL2_NAMES].sort((a, b) => b.length - a.length);

export interface HeaderMap {
  /** Role of each grid column (null for unlabelled columns). */
  roles: (ColumnRole | null)[];
  /** Number of columns up to and including the last labelled one. */
  width: number;
  /** Header cell text of each column (after splitting glued labels). */
  labels: (string | null)[];
}

/** Roles that make a row an indicator-table header (with `name` or `level1`). */
const CORE_ROLES: ReadonlySet<ColumnRole> = new Set([
  "level1",
  "level2",
  "name",
  "description",
  "target",
  "actual",
  "weight",
  "score",
  "basis",
  "measureUnit",
  "operator",
]);

/** The header map of a row, or null when the row is not an indicator-table header. */
export function headerOf(cells: readonly (string | null)[]): HeaderMap | null {
  // rows are asked more than once (segmentation, then the table reader): remember the answer per row
  const cached = headers.get(cells);
  if (cached !== undefined) return cached;
  const header = computeHeader(cells);
  headers.set(cells, header);
  return header;
}

const headers = new WeakMap<readonly (string | null)[], HeaderMap | null>();

function computeHeader(cells: readonly (string | null)[]): HeaderMap | null {
  // a header has at least two short label cells (glued labels included): long-text rows fail without any lookup
  let short = 0;
  for (const c of cells) if (c !== null && c.length <= MAX_LABEL_LENGTH * 2) short++;
  if (short < 2) return null;
  const roles: (ColumnRole | null)[] = [];
  const labels: (string | null)[] = [];
  for (const cell of cells) {
    const exact = cell === null ? null : exactColumnRoleOf(cell);
    if (exact !== null) {
      roles.push(exact);
      labels.push(cell);
      continue;
    }
    const parts = cell === null ? null : splitGluedLabels(cell);
    if (!parts) {
      roles.push(cell === null ? null : columnRoleOf(cell));
      labels.push(cell);
      continue;
    }
    for (const p of parts) {
      roles.push(columnRoleOf(p));
      labels.push(p);
    }
  }
  secondNameIsDescription(roles, labels);
  const distinct = new Set(roles.filter((r): r is ColumnRole => r !== null && CORE_ROLES.has(r)));
  if (distinct.size < 3 || !(distinct.has("name") || distinct.has("level1"))) return null;
  if (!(distinct.has("target") || distinct.has("actual") || distinct.has("level2") || distinct.has("description")))
    return null;
  let width = 0;
  roles.forEach((r, i) => {
    if (r !== null) width = i + 1;
  });
  return { roles, width, labels };
}

/**
 * 三级指标 beside 指标内容 / 指标名称 (Guangdong-style tables): the 三级 column names the indicator, the other one
 * describes it. Without a 三级 column, 指标内容 is the name.
 */
function secondNameIsDescription(roles: (ColumnRole | null)[], labels: readonly (string | null)[]): void {
  const names = roles.flatMap((r, i) => (r === "name" ? [i] : []));
  if (names.length < 2 || roles.includes("description")) return;
  const level3 = names.find((i) => normalizeLabel(labels[i] ?? "").startsWith("三级"));
  if (level3 === undefined) return;
  for (const i of names) if (i !== level3) roles[i] = "description";
}

/** "一级指标二级指标三级指标" → ["一级指标", "二级指标", "三级指标"] when the whole cell is known labels; else null. */
export function splitGluedLabels(cell: string): string[] | null {
  if (cell.length > MAX_LABEL_LENGTH * 2) return null;
  const text = normalizeLabel(cell);
  if (!KNOWN_LABEL_STARTS.has(text.slice(0, 2))) return null;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const label = KNOWN_COLUMN_LABELS.find((l) => text.startsWith(l, i));
    if (!label) return null;
    out.push(label);
    i += label.length;
  }
  return out.length >= 2 ? out : null;
}

export type RowFields = Partial<Record<ColumnRole, string | null>>;

export interface AlignedRow {
  fields: RowFields;
  /** What had to be done to fit the row to the header, for warnings. */
  adjustments: ("aligned_right" | "unglued" | "dropped_duplicate" | "dropped_extra")[];
}

/** Fit one data row to the header and name its cells by role. */
export function alignRow(header: HeaderMap, input: readonly (string | null)[]): AlignedRow {
  const adjustments: AlignedRow["adjustments"] = [];
  let cells = [...input];
  // trailing empty cells beyond the labelled columns carry nothing
  while (cells.length > header.width && cells[cells.length - 1] === null) cells.pop();
  if (cells.length < header.width) {
    const unglued = unglueLevels(cells, header);
    if (unglued) {
      cells = unglued;
      adjustments.push("unglued");
    }
  }
  if (cells.length < header.width) {
    cells = [...Array<string | null>(header.width - cells.length).fill(null), ...cells];
    adjustments.push("aligned_right");
  }
  if (cells.length > header.width) {
    const dup = adjacentDuplicate(cells);
    if (dup >= 0 && cells.length - 1 === header.width) {
      cells.splice(dup, 1);
      adjustments.push("dropped_duplicate");
    } else {
      cells = cells.slice(0, header.width);
      adjustments.push("dropped_extra");
    }
  }
  const fields: RowFields = {};
  header.roles.forEach((role, i) => {
    if (role === null || i >= cells.length) return;
    const value = cells[i] ?? null;
    // the first column of a role wins; a later duplicate only fills a gap
    if (fields[role] === undefined || fields[role] === null) fields[role] = value;
  });
  return { fields, adjustments };
}

/** Index of the second of two adjacent equal non-empty cells (not the 一级/二级 columns), or -1. */
function adjacentDuplicate(cells: readonly (string | null)[]): number {
  for (let i = cells.length - 1; i >= 2; i--) {
    const a = cells[i];
    if (a !== null && a !== undefined && a === cells[i - 1]) return i;
  }
  return -1;
}

/**
 * A row with fewer cells than the header whose first filled cell starts with a known 一级 (and/or 二级) name
 * followed by more text: split the name off.
 */
function unglueLevels(cells: readonly (string | null)[], header: HeaderMap): (string | null)[] | null {
  const first = cells.findIndex((c) => c !== null);
  if (first < 0) return null;
  const text = cells[first] as string;
  const parts: string[] = [];
  let rest = text;
  const wantLevel1 = header.roles.includes("level1");
  const l1 = wantLevel1 ? LEVEL1_NAMES.find((n) => rest.startsWith(n) && rest.length > n.length) : undefined;
  if (l1) {
    parts.push(l1);
    rest = rest.slice(l1.length);
  }
  // after a 一级 name the rest may be exactly a 二级 name; alone, a 二级 name must be followed by more text
  const l2 = LEVEL2_BY_LENGTH.find((n) => rest.startsWith(n) && (rest.length > n.length || parts.length > 0));
  if (l2 && header.roles.includes("level2")) {
    parts.push(l2);
    rest = rest.slice(l2.length);
  }
  if (parts.length === 0) return null;
  if (rest !== "") parts.push(rest);
  return [...cells.slice(0, first), ...parts, ...cells.slice(first + 1)];
}
