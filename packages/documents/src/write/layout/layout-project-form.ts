import type { Indicator, PerformanceDocument, Project } from "@jixiao/core";
import { formatNumber, formatPercent, percentFormat, text } from "./format-values.ts";
import { sheetName } from "./layout-performance-text.ts";
import { rowRuns } from "./row-runs.ts";
import type { LBlock, LCell, LDocument, LSheet, LTable } from "./types.ts";

/**
 * One project's 绩效运行监控表 or 项目支出绩效自评表 (domain-rules §4.2 and §6.9; the layouts of
 * fixtures/text/project-monitoring-tianjin.txt and project-self-evaluation-sichuan.txt): a head table (项目名称,
 * 主管部门/实施单位, 项目资金, 年度总体目标 against 实际完成情况) and the indicator table, whose header repeats on every
 * page. The cells carry the labels the evaluation-form reader looks for, so what is written reads back the same.
 */
export type ProjectFormKind = "monitoring" | "self-evaluation";

const label = (t: string, extra: Partial<LCell> = {}): LCell => ({ text: t, align: "center", ...extra });
const num = (n: number | null | undefined, extra: Partial<LCell> = {}): LCell =>
  n === null || n === undefined
    ? { text: "", align: "center", ...extra }
    : { text: formatNumber(n), value: n, align: "center", ...extra };
const rate = (n: number | null | undefined, extra: Partial<LCell> = {}): LCell =>
  n === null || n === undefined
    ? { text: "", align: "center", ...extra }
    : { text: formatPercent(n), value: n / 100, numFmt: percentFormat(n), align: "center", ...extra };

/** "偏差；改进措施：措施" (how the readers join the two columns) → the two columns again. */
export function splitMeasures(s: string | null | undefined): { deviation: string; measures: string } {
  if (!s) return { deviation: "", measures: "" };
  const m = /^([\s\S]*?)；?改进措施[：:]([\s\S]*)$/.exec(s);
  return m ? { deviation: m[1] ?? "", measures: m[2] ?? "" } : { deviation: s, measures: "" };
}

/** 1–X月 as written in the headers; without a month the form speaks of the whole year. */
function toDate(month: number | null): { executed: string; actual: string } {
  return month === null
    ? { executed: "全年执行数", actual: "实际完成情况" }
    : { executed: `1-${month}月执行数`, actual: `1-${month}月实际完成情况` };
}

function headTable(kind: ProjectFormKind, doc: PerformanceDocument, p: Project): LTable {
  const x = p.execution;
  const month = doc.monitoring?.month ?? null;
  const dates = toDate(month);
  const dept = doc.department?.name ?? "";
  const fund = label(`项目资金（${doc.amountUnit}）`, { rowSpan: 2 });
  // Monitoring: 10 columns (年初 全年 1–X月 执行率 预计 | 偏差原因 | 改进措施); self-evaluation: 7 columns.
  const monitoring = kind === "monitoring";
  const width = monitoring ? 10 : 7;
  const split = splitMeasures(p.executionDeviation);
  const budget: LCell[][] = monitoring
    ? [
        [
          fund,
          label("年初预算数"),
          label("全年预算数"),
          label(dates.executed),
          label("执行率"),
          label("全年预计执行数"),
          label("偏差原因", { colSpan: 2 }),
          label("改进措施", { colSpan: 2 }),
        ],
        [
          num(x?.initial),
          num(x?.annual),
          num(x?.executed),
          rate(x?.rate),
          num(x?.forecast),
          { text: split.deviation, colSpan: 2 },
          { text: split.measures, colSpan: 2 },
        ],
      ]
    : [
        [
          fund,
          label("年初预算数"),
          label("全年预算数"),
          label("全年执行数"),
          label("分值"),
          label("执行率"),
          label("得分"),
        ],
        [num(x?.initial), num(x?.annual), num(x?.executed), num(x?.weight), rate(x?.rate), num(x?.score)],
        ...(p.executionDeviation
          ? [[label("偏差原因分析及改进措施"), { text: p.executionDeviation, colSpan: width - 1 }]]
          : []),
      ];
  const goalSpan = Math.floor((width - 1) / 2);
  const goals = p.goals.length > 0 ? p.goals : [""];
  const goalRows: LCell[][] = goals.map((g, i) => [
    { text: g, colSpan: goalSpan },
    ...(i === 0 ? [{ text: text(p.goalsAchieved), colSpan: width - 1 - goalSpan, rowSpan: goals.length }] : []),
  ]);
  const rows: LCell[][] = [
    [label("项目名称"), { text: p.name, colSpan: width - 1 }],
    [
      label("主管部门"),
      { text: dept, colSpan: goalSpan },
      label("实施单位"),
      { text: p.unit?.name ?? "", colSpan: width - 2 - goalSpan },
    ],
    ...budget,
    [
      label("年度总体目标", { rowSpan: goalRows.length + 1 }),
      label("预期目标", { colSpan: goalSpan }),
      label(dates.actual, { colSpan: width - 1 - goalSpan }),
    ],
    ...goalRows,
  ];
  const columns = monitoring ? [9, 9, 10, 10, 8, 10, 10, 11, 11, 12] : [12, 12, 12, 12, 10, 10, 12];
  return { columns, rows };
}

/** Optional columns appear when any row fills them, so a form never grows columns its source did not have. */
function optional(rows: Indicator[]) {
  return {
    description: rows.some((r) => r.description !== null),
    measureUnit: rows.some((r) => (r.measureUnit ?? null) !== null),
    basis: rows.some((r) => r.basis !== null),
  };
}

function indicatorTable(kind: ProjectFormKind, doc: PerformanceDocument, p: Project): LTable {
  const rows = p.indicators;
  const has = optional(rows);
  const month = doc.monitoring?.month ?? null;
  const monitoring = kind === "monitoring";
  const header: LCell[] = [
    "一级指标",
    "二级指标",
    "三级指标",
    ...(has.description ? ["绩效指标描述"] : []),
    "年度指标值",
    ...(has.measureUnit ? ["度量单位"] : []),
    ...(has.basis ? ["指标值确定依据"] : []),
    ...(monitoring
      ? [
          month === null ? "执行情况" : `1-${month}月执行情况`,
          "全年预计完成情况",
          "偏差原因分析",
          "完成目标可能性",
          "改进措施",
        ]
      : ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
  ].map((t) => label(t, { bold: true }));
  const l1 = rowRuns(rows.map((r) => r.level1));
  const l2 = rowRuns(rows.map((r) => (r.level2 === null ? null : `${r.level1}\u0000${r.level2}`)));
  const body = rows.map((r, i) => {
    const cells: LCell[] = [];
    if ((l1[i] ?? 0) > 0) cells.push(label(r.level1, { rowSpan: l1[i] }));
    if ((l2[i] ?? 0) > 0) cells.push(label(text(r.level2), { rowSpan: l2[i] }));
    cells.push({ text: r.name });
    if (has.description) cells.push({ text: text(r.description) });
    cells.push(label(text(r.target)));
    if (has.measureUnit) cells.push(label(text(r.measureUnit)));
    if (has.basis) cells.push(label(text(r.basis)));
    if (monitoring) {
      const split = splitMeasures(r.deviation);
      cells.push(label(text(r.actual)), label(text(r.forecast)), { text: split.deviation }, label(text(r.likelihood)), {
        text: split.measures,
      });
    } else {
      cells.push(label(text(r.actual)), num(r.weight), num(r.score), { text: text(r.deviation) });
    }
    return cells;
  });
  const width = header.length;
  const tail: LCell[][] = [];
  if (!monitoring) {
    // 总分 under 分值 and 得分 (the reader takes the row's numbers in order), then 评价结论 and 自评等级.
    tail.push([label("总分"), { text: "", colSpan: width - 4 }, num(p.totalWeight), num(p.totalScore), { text: "" }]);
    tail.push([label("评价结论"), { text: text(p.conclusion), colSpan: width - 1 }]);
    if (p.grade) tail.push([label("自评等级"), { text: p.grade, colSpan: width - 1 }]);
  }
  // No 绩效指标 side column as on the paper forms: a cell merged down from a repeated header row is drawn broken
  // across the page break by LibreOffice. 完成目标可能性 takes two lines.
  const first: LCell[][] = [header, ...body];
  const columns = [
    9,
    10,
    16,
    ...(has.description ? [16] : []),
    11,
    ...(has.measureUnit ? [7] : []),
    ...(has.basis ? [10] : []),
    ...(monitoring ? [11, 11, 14, 10, 14] : [10, 6, 6, 18]),
  ];
  return { columns, rows: [...first, ...tail], headerRows: 1 };
}

export function defaultFormTitle(kind: ProjectFormKind, year: number | null): string {
  const y = year === null ? "" : `${year}年度`;
  return kind === "monitoring" ? `${y}项目支出绩效运行监控表` : "项目支出绩效自评表";
}

/** One project's form: title, its 年度/截至 line when the title does not say it, and the two tables. */
export function projectFormBlocks(
  kind: ProjectFormKind,
  doc: PerformanceDocument,
  p: Project,
  pageBreakBefore: boolean,
): LBlock[] {
  const title = doc.title ?? defaultFormTitle(kind, doc.year);
  const month = doc.monitoring?.month ?? null;
  const year = doc.year === null || title.includes(String(doc.year)) ? "" : `${doc.year}年`;
  const note =
    kind === "monitoring"
      ? month === null
        ? year === ""
          ? null
          : `（${year}）`
        : `（截至${year}${month}月底）`
      : year === ""
        ? null
        : `（${doc.year}年度）`;
  return [
    { kind: "title", text: title, size: "table", pageBreakBefore },
    ...(note === null ? [] : [{ kind: "paragraph" as const, text: note, align: "center" as const }]),
    { kind: "table", table: headTable(kind, doc, p) },
    { kind: "table", table: indicatorTable(kind, doc, p) },
  ];
}

/**
 * A document of project forms (monitoring, or project self-evaluations): one form per project, each on its own
 * page in Word and on its own sheet in Excel. `breakFirst` starts the first form on a new page too.
 */
export function layoutProjectForms(
  doc: PerformanceDocument,
  kind: ProjectFormKind,
  options: { breakFirst?: boolean } = {},
): LDocument {
  const title = doc.title ?? defaultFormTitle(kind, doc.year);
  const taken = new Set<string>();
  const body: LBlock[] = [];
  const sheets: LSheet[] = [];
  doc.projects.forEach((p, i) => {
    const blocks = projectFormBlocks(kind, doc, p, i > 0 || (options.breakFirst ?? false));
    body.push(...blocks);
    sheets.push({ name: sheetName(`${i + 1}.${p.name}`, taken), blocks });
  });
  return { title, orientation: "landscape", front: [], body, sheets };
}
