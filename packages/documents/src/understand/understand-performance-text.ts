/**
 * 部门预算绩效文本 (narrative 部门整体绩效目标 + 项目支出绩效目标表, seeds 000/001/003) and documents made only of
 * 项目支出绩效目标表 → jixiao/v1.
 *
 * Segmentation is by labels: a project starts at a row carrying 项目名称 (or 项目编码); its head runs to the
 * indicator header row; its indicator rows run until a paragraph, a unit line ("306001…本级", "单位：万元") or
 * another project's head. The 单位 (budget unit) of a project is the last unit line seen before it.
 */
import { type AmountUnit, FORMAT, type Org, type PerformanceDocument, type Project } from "@jixiao/core";
import { statedAmountUnit } from "./cell-text.ts";
import { headerOf } from "./column-map.ts";
import type { Item, RowItem } from "./flatten.ts";
import { readIndicatorRows } from "./read-indicator-rows.ts";
import { readOverallGoals } from "./read-overall-goals.ts";
import { projectLabelOf, readProjectHead } from "./read-project-head.ts";
import type { ReadResult, ReadWarning } from "./read-result.ts";

const ORG_LINE = /^(\d{3,12})\s*([^\d\s:：][^:：]{1,60})$/;
const UNIT_LABEL = /^(?:预算单位|单位名称|实施单位|预算单位名称)(?:编码及名称)?\s*[:：]\s*/;
/** What the name of a 部门 / 预算单位 ends with. */
const ORG_SUFFIX =
  /[\u4e00-\u9fa5]{2,}(?:本级|局|委员会|委|办公室|办|院|中心|站|所|队|馆|学校|校|协会|学会|联合会|会|社|厅|部|处|室|公司|集团|政府|街道|镇|乡|管委会|区|县|市|署|台|团|园)$/;

/** "306001唐山市路南区科学技术局本级" → {code, name}; null for anything else. */
export function orgOf(text: string | null): Org | null {
  if (text === null) return null;
  const rest = text.replace(UNIT_LABEL, "");
  const m = ORG_LINE.exec(rest);
  // "预算单位：某县电子商务中心": the label says it is a unit even without a code
  const code = m?.[1] ?? null;
  const name = (m?.[2] ?? (rest !== text ? rest : "")).trim();
  if (name === "" || /^[年月日号级元]|绩效|目标|[。，；]/.test(name) || !ORG_SUFFIX.test(name)) return null;
  return { code, name };
}

/** A unit named by a label (预算单位 | 306001…本级). */
function labelledUnit(rows: readonly RowItem[]): Org | null {
  for (const row of rows) {
    const at = row.cells.findIndex((c) => projectLabelOf(c) === "unit");
    const named = at >= 0 ? row.cells.slice(at + 1).find((c) => c !== null) : undefined;
    if (named) return orgOf(named) ?? { code: null, name: named };
  }
  return null;
}

/**
 * The header of a list of projects (汇总表: 序号 | 项目名称 | 项目编码 | 预算金额 …): its 项目名称 names a column,
 * not a project. A project head never starts with 序号.
 */
function isListHeader(item: RowItem): boolean {
  const first = item.cells.find((c) => c !== null);
  return first !== undefined && /^(?:序号|编号|排序)$/.test(first);
}

function isAnchor(item: Item): item is RowItem {
  return (
    item.kind === "row" &&
    !isListHeader(item) &&
    item.cells.some((c) => {
      const key = projectLabelOf(c);
      return key === "name" || key === "code";
    })
  );
}

/** A row or paragraph that belongs to a project head, never to an indicator table. */
function isHeadLike(item: Item): boolean {
  const texts = item.kind === "row" ? item.cells : [item.text];
  if (item.kind === "row" && texts.filter((t) => t !== null).length > 3) {
    return texts.some((t) => projectLabelOf(t) === "name");
  }
  return texts.some(
    (t) => t !== null && (orgOf(t) !== null || statedAmountUnit(t) !== null || projectLabelOf(t) === "name"),
  );
}

/** Indicator tables with no project head at all (a lone 绩效指标 table under a title). */
export function hasIndicatorTable(items: readonly Item[]): boolean {
  return items.some((it) => it.kind === "row" && headerOf(it.cells) !== null);
}

/**
 * Indicator tables without any project head: one project per table, named after the title line above it
 * ("高新技术企业扶持资金绩效目标表" → "高新技术企业扶持资金"), with a warning that the head is missing.
 */
function headlessProjects(items: readonly Item[], unit: Org | null, warnings: ReadWarning[]): Project[] {
  const projects: Project[] = [];
  let i = 0;
  while (i < items.length) {
    const it = items[i] as Item;
    if (!(it.kind === "row" && headerOf(it.cells))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < items.length && items[end]?.kind === "row" && !isHeadLike(items[end] as Item)) end++;
    const title = [...items.slice(0, i)]
      .reverse()
      .find((x) => x.kind === "paragraph" && x.text !== null && !isHeadLike(x) && !/[:：]/.test(x.text));
    const name =
      title?.kind === "paragraph" && title.text
        ? title.text.replace(/^\d{1,2}\s*[.、．]\s*/, "").replace(/(?:项目)?(?:支出)?绩效目标(?:表|申报表)?$/, "")
        : "";
    const table = readIndicatorRows({ rows: items.slice(i, end).filter((x): x is RowItem => x.kind === "row") });
    warnings.push(
      { code: "missing_project_head", message: `指标表“${name}”前没有项目名称、预算等表头信息`, source: it.source },
      ...table.warnings,
    );
    projects.push({
      code: null,
      name,
      unit,
      budget: null,
      purpose: null,
      spendPlan: null,
      goals: [],
      indicators: table.indicators,
      execution: null,
      source: { page: it.source?.page ?? null, table: it.table, row: it.row },
    });
    i = end;
  }
  return projects;
}

export function isProjectDocument(items: readonly Item[]): boolean {
  const rows = labelLinesAsRows(items);
  return rows.some(isAnchor) && rows.some((it) => it.kind === "row" && headerOf(it.cells) !== null);
}

/**
 * "项目名称：社区健康服务" written as a line: the same as a row [label, value], so that heads written as
 * "label：value" lines read like table heads.
 */
function labelLinesAsRows(items: readonly Item[]): Item[] {
  const out: Item[] = [...items];
  for (let i = 0; i < out.length; i++) {
    const it = out[i] as Item;
    if (it.kind !== "paragraph" || it.text === null) continue;
    const m = /^(.{2,16})[:：]\s*([^:：]+)$/.exec(it.text);
    if (m?.[1] && m[2] && projectLabelOf(m[1]) !== null) {
      const cells = [m[1], ...(amountPairs(m[1], m[2]) ?? [m[2]])];
      out[i] = { kind: "row", cells, raw: cells, table: -1, row: i, source: it.source };
      continue;
    }
    // one cell per line: "项目名称" then "社区健康服务" on the next line (the value line is emptied, indices stay)
    const next = out[i + 1];
    if (
      projectLabelOf(it.text) !== null &&
      next?.kind === "paragraph" &&
      next.text !== null &&
      projectLabelOf(next.text) === null &&
      headerOf([it.text, next.text]) === null
    ) {
      out[i] = {
        kind: "row",
        cells: [it.text, next.text],
        raw: [it.raw, next.raw],
        table: -1,
        row: i,
        source: it.source,
      };
      out[i + 1] = { kind: "paragraph", text: null, raw: "", source: next.source };
      i++;
    }
  }
  return out;
}

/**
 * "项目资金（元）：年度资金总额 1,250,000.00；其中财政资金 1,000,000.00；其他资金 250,000.00" — several amounts on one
 * line — as label and value cells, each label carrying the unit of the line's label when it states none itself.
 * null when any part is not "budget label + amount".
 */
function amountPairs(label: string, value: string): string[] | null {
  const parts = value
    .split(/[；;，,](?!\d{3}(?:\D|$))/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return null;
  const unit = /[(（](亿元|万元|元)[)）]\s*$/.exec(label)?.[1] ?? null;
  const cells: string[] = [];
  for (const part of parts) {
    const pm = /^(.+?)\s*[:：]?\s*(-?[\d,]+(?:\.\d+)?\s*(?:亿元|万元|元)?)$/.exec(part);
    const key = pm?.[1] ? projectLabelOf(pm[1]) : null;
    if (!pm?.[1] || !pm[2] || (key !== "total" && key !== "fiscal" && key !== "other")) return null;
    const ownUnit = /[(（](?:亿元|万元|元)[)）]$/.test(pm[1]) || /[亿万]?元$/.test(pm[2]);
    cells.push(unit !== null && !ownUnit ? `${pm[1]}（${unit}）` : pm[1], pm[2]);
  }
  return cells;
}

export function understandPerformanceText(options: { items: readonly Item[] }): ReadResult {
  const items = labelLinesAsRows(options.items);
  const warnings: ReadWarning[] = [];
  const texts = (it: Item) => (it.kind === "row" ? it.cells : [it.text]);
  let stated: AmountUnit | null = null;
  for (const it of items) {
    stated = texts(it).reduce<AmountUnit | null>((u, t) => u ?? statedAmountUnit(t), null);
    if (stated) break;
  }

  const firstAnchor = items.findIndex(isAnchor);
  const narrativeEnd = firstAnchor < 0 ? items.length : firstAnchor;
  // the narrative is read from the lines as written ("绩效目标：…" there is a sentence, not a table cell)
  const overall = readOverallGoals({ items: options.items.slice(0, narrativeEnd) });

  const projects: Project[] = [];
  const cellUnits: AmountUnit[] = [];
  let pos = 0;
  let unit: Org | null = null;
  let amountUnit: AmountUnit | null = stated;
  while (pos < items.length) {
    let a = pos;
    while (a < items.length && !isAnchor(items[a] as Item)) a++;
    if (a >= items.length) break;
    for (let i = pos; i < a; i++) {
      const it = items[i] as Item;
      if (it.kind === "row") unit = labelledUnit([it]) ?? unit;
      for (const t of texts(it)) {
        const org = orgOf(t);
        if (org) unit = org;
        const u = statedAmountUnit(t);
        if (u) amountUnit = u;
      }
    }
    // the head runs to the indicator header, or to the next project (an anchor label seen twice)
    const seen = new Set<string>();
    let h = a;
    while (h < items.length && !(items[h]?.kind === "row" && headerOf((items[h] as RowItem).cells))) {
      const it = items[h] as Item;
      if (isAnchor(it)) {
        const keys = it.cells.map(projectLabelOf).filter((k) => k === "name" || k === "code") as string[];
        if (keys.some((k) => seen.has(k))) break;
        for (const k of keys) seen.add(k);
      }
      h++;
    }
    const hasTable = h < items.length && items[h]?.kind === "row" && headerOf((items[h] as RowItem).cells) !== null;
    const headEnd = hasTable ? h : h;
    let end = hasTable ? h + 1 : headEnd;
    if (hasTable) {
      while (end < items.length) {
        const it = items[end] as Item;
        if (it.kind !== "row" || isHeadLike(it) || isAnchor(it)) break;
        end++;
      }
    }
    const headRows = items.slice(a, headEnd).filter((it): it is RowItem => it.kind === "row");
    unit = labelledUnit(headRows) ?? unit;
    const head = readProjectHead({ rows: headRows, amountUnit });
    if (head.cellAmountUnit) cellUnits.push(head.cellAmountUnit);
    const table = hasTable
      ? readIndicatorRows({ rows: items.slice(h, end).filter((it): it is RowItem => it.kind === "row") })
      : { indicators: [], warnings: [] };
    const anchor = items[a] as RowItem;
    if (head.name === null) {
      warnings.push({ code: "missing_project_name", message: "项目缺少项目名称", source: anchor.source });
    }
    const project: Project = {
      code: head.code,
      name: head.name ?? "",
      unit,
      budget: head.budget,
      purpose: head.purpose,
      spendPlan: head.spendPlan,
      goals: head.goals,
      indicators: table.indicators,
      execution: null,
      source: { page: anchor.source?.page ?? null, table: anchor.table, row: anchor.row },
    };
    if (head.spendPlanColumns && head.spendPlanColumns.length < 4) project.spendPlanColumns = head.spendPlanColumns;
    projects.push(project);
    // say which project: the checks report these warnings (R-IND-4 blank rows) at document level
    const named = head.name ?? `第${projects.length}个项目`;
    for (const w of [...head.warnings, ...table.warnings])
      warnings.push({ ...w, message: `项目“${named}”：${w.message}` });
    pos = Math.max(end, a + 1);
  }

  if (firstAnchor < 0) projects.push(...headlessProjects(items, unit, warnings));

  const finalUnit: AmountUnit = amountUnit ?? cellUnits[0] ?? "万元";
  if (amountUnit === null && cellUnits.length === 0 && projects.some((p) => p.budget !== null)) {
    warnings.push({ code: "amount_unit_assumed", message: "文档未写明金额单位，按“万元”读取" });
  }
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: overall ? "performance-text" : "project-targets",
    title: titleOf(items),
    year: yearOf(items),
    department: departmentOf(items, projects),
    amountUnit: finalUnit,
    overall,
    departmentTable: null,
    projects,
    evaluation: null,
  };
  return { document, warnings };
}

const PART = /^第[一二三四五六七八九十]+部分$/;

function titleOf(items: readonly Item[]): string | null {
  for (const it of items.slice(0, 40)) {
    if (it.kind !== "paragraph" || it.text === null) continue;
    const t = it.text.replace(/\s+/g, "").replace(/^#+/, "");
    if (t.length <= 40 && /绩效/.test(t) && !PART.test(t) && !/^目录/.test(t)) return t;
  }
  return null;
}

/** A line that is only the year, under the title: "（2026年度）", "2026年". */
const YEAR_LINE = /^[(（]?\s*(20\d{2})\s*年度?\s*[)）]?$/;

function yearOf(items: readonly Item[]): number | null {
  for (const it of items) {
    if (it.kind !== "paragraph" || it.text === null) continue;
    const m = /(20\d{2})\s*年/.exec(it.text);
    if (m?.[1] && /绩效|预算/.test(it.text) && it.text.length <= 60) return Number(m[1]);
  }
  for (const it of items.slice(0, 12)) {
    const m = it.kind === "paragraph" && it.text !== null ? YEAR_LINE.exec(it.text.trim()) : null;
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

function departmentOf(items: readonly Item[], projects: readonly Project[]): Org | null {
  for (const it of items) {
    if (it.kind !== "row") continue;
    const i = it.cells.findIndex((c) => c !== null && /^(?:部门|主管部门|部门\(单位\)|部门（单位）)(?:名称)?$/.test(c));
    const name = i >= 0 ? it.cells.slice(i + 1).find((c) => c !== null) : undefined;
    if (name) return orgOf(name) ?? { code: null, name };
  }
  for (const it of items.slice(0, 40)) {
    if (it.kind !== "paragraph" || it.text === null) continue;
    const m = /^(.{4,40}?)(?:编制|编)$/.exec(it.text);
    if (m?.[1] && !/绩效|预算|财政/.test(m[1])) return { code: null, name: m[1] };
  }
  const own = projects.map((p) => p.unit).find((u) => u?.name.endsWith("本级"));
  if (own) return { code: null, name: own.name.replace(/本级$/, "") };
  return null;
}
