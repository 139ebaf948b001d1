import type { Indicator, Project } from "@jixiao/core";
import { amountFormat, formatAmount, formatNumber, formatPercent, percentFormat, text } from "./format-values.ts";
import type { LBlock, LCell, LTable } from "./types.ts";

const MONTHS = [
  ["mar", "3月底"],
  ["jun", "6月底"],
  ["oct", "10月底"],
  ["dec", "12月底"],
] as const;

/** How 6 grid columns are shared among k month columns. */
const MONTH_SPANS: Record<number, number[]> = { 1: [6], 2: [3, 3], 3: [2, 2, 2], 4: [1, 2, 1, 2] };

const label = (t: string, extra: Partial<LCell> = {}): LCell => ({ text: t, align: "center", ...extra });
const amount = (n: number | null | undefined): LCell =>
  n === null || n === undefined
    ? { text: "" }
    : { text: formatAmount(n), value: n, numFmt: amountFormat(n), align: "right" };
const percent = (n: number | null | undefined): LCell =>
  n === null || n === undefined
    ? { text: "", align: "center" }
    : { text: formatPercent(n), value: n / 100, numFmt: percentFormat(n), align: "center" };

const weightCell = (n: number | null): LCell =>
  n === null ? { text: "", align: "center" } : { text: formatNumber(n), value: n, align: "center" };

/** Goals one per line, numbered when there are several (the reader strips the numbers again). */
export function goalsText(goals: string[]): string {
  if (goals.length <= 1) return goals[0] ?? "";
  return goals
    .map((g, i) => `${i + 1}.${g}${i < goals.length - 1 && !/[。；;.!！?？]$/.test(g) ? "；" : ""}`)
    .join("\n");
}

/** 项目基本信息: code, name, budget, purpose, spend plan and goals, on a 7-column grid. */
export function projectInfoTable(p: Project): LTable {
  const rows: LCell[][] = [
    [label("项目编码"), { text: text(p.code), colSpan: 3 }, label("项目名称"), { text: p.name, colSpan: 2 }],
    [
      label("预算规模及资金用途", { rowSpan: 2 }),
      label("预算数"),
      amount(p.budget?.total),
      label("其中：财政资金"),
      amount(p.budget?.fiscal),
      label("其他资金"),
      amount(p.budget?.other),
    ],
    [{ text: text(p.purpose), colSpan: 6 }],
  ];
  if (p.spendPlan) {
    const keys = MONTHS.filter(([k]) => !p.spendPlanColumns || p.spendPlanColumns.includes(k));
    const spans = MONTH_SPANS[keys.length] ?? [1, 2, 1, 2];
    rows.push([
      label("资金支出计划（%）", { rowSpan: 2 }),
      ...keys.map(([, name], i) => label(name, { colSpan: spans[i] ?? 1 })),
    ]);
    rows.push(keys.map(([k], i) => ({ ...percent(p.spendPlan?.[k]), colSpan: spans[i] ?? 1 })));
  }
  rows.push([label("绩效目标"), { text: goalsText(p.goals), colSpan: 6 }]);
  return { columns: [14, 11, 15, 15, 13, 12, 20], rows };
}

/** Row spans for runs of equal, non-empty keys. */
function runs(keys: (string | null)[]): number[] {
  const spans = keys.map(() => 0);
  let i = 0;
  while (i < keys.length) {
    let j = i + 1;
    if (keys[i]) while (j < keys.length && keys[j] === keys[i]) j++;
    spans[i] = j - i;
    i = j;
  }
  return spans;
}

export interface IndicatorColumns {
  description: boolean;
  measureUnit: boolean;
  /** 分值 / 权重, where the source table weighs its indicators. */
  weight: boolean;
}

export function indicatorColumns(rows: Indicator[]): IndicatorColumns {
  return {
    description: rows.some((r) => r.description !== null),
    measureUnit: rows.some((r) => (r.measureUnit ?? null) !== null),
    weight: rows.some((r) => r.weight !== null),
  };
}

/** The three-level indicator table, 一级/二级 merged down their runs; its header repeats on every page. */
export function indicatorTable(rows: Indicator[]): LTable {
  const cols = indicatorColumns(rows);
  const header = [
    label("一级指标", { bold: true }),
    label("二级指标", { bold: true }),
    label("三级指标", { bold: true }),
    ...(cols.description ? [label("绩效指标描述", { bold: true })] : []),
    label("指标值", { bold: true }),
    ...(cols.measureUnit ? [label("度量单位", { bold: true })] : []),
    ...(cols.weight ? [label("分值", { bold: true })] : []),
    label("指标值确定依据", { bold: true }),
  ];
  const l1 = runs(rows.map((r) => r.level1));
  // 二级 runs never cross a 一级 boundary.
  const l2 = runs(rows.map((r) => (r.level2 === null ? null : `${r.level1}\u0000${r.level2}`)));
  const body = rows.map((r, i) => {
    const cells: LCell[] = [];
    if ((l1[i] ?? 0) > 0) cells.push(label(r.level1, { rowSpan: l1[i] }));
    if ((l2[i] ?? 0) > 0) cells.push(label(text(r.level2), { rowSpan: l2[i] }));
    cells.push({ text: r.name });
    if (cols.description) cells.push({ text: text(r.description) });
    cells.push(label(text(r.target)));
    if (cols.measureUnit) cells.push(label(text(r.measureUnit)));
    if (cols.weight) cells.push(weightCell(r.weight));
    cells.push(label(text(r.basis)));
    return cells;
  });
  // 指标值确定依据 (seven characters) fits its header on one line of 五号 text.
  const columns = [
    11,
    12,
    17,
    ...(cols.description ? [20] : []),
    13,
    ...(cols.measureUnit ? [8] : []),
    ...(cols.weight ? [7] : []),
    18,
  ];
  return { columns, rows: [header, ...body], headerRows: 1 };
}

/** 单位 line above the table: "306001唐山市路南区科学技术局本级 … 单位：万元". */
export function unitLine(p: Project, amountUnit: string): LBlock {
  // "306001某局本级" as the seeds print it; without a code the label says what the name is.
  const unit = p.unit ? (p.unit.code ? `${p.unit.code}${p.unit.name}` : `预算单位：${p.unit.name}`) : "";
  return {
    kind: "table",
    table: {
      columns: [70, 30],
      borderless: true,
      rows: [[{ text: unit }, { text: `单位：${amountUnit}`, align: "right" }]],
    },
  };
}

export function projectBlocks(p: Project, title: string, amountUnit: string, pageBreakBefore: boolean): LBlock[] {
  return [
    { kind: "heading", level: 2, text: title, pageBreakBefore, center: true },
    unitLine(p, amountUnit),
    { kind: "table", table: projectInfoTable(p) },
    { kind: "table", table: indicatorTable(p.indicators) },
  ];
}
