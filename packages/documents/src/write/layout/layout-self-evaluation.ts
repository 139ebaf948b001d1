import type { Evaluation, PerformanceDocument } from "@jixiao/core";
import { formatNumber, formatPercent, percentFormat, text } from "./format-values.ts";
import { rowRuns } from "./row-runs.ts";
import type { LBlock, LCell, LDocument, LTable } from "./types.ts";

const label = (t: string, extra: Partial<LCell> = {}): LCell => ({ text: t, align: "center", ...extra });
const num = (n: number | null | undefined, extra: Partial<LCell> = {}): LCell =>
  n === null || n === undefined
    ? { text: "", align: "center", ...extra }
    : { text: formatNumber(n), value: n, align: "center", ...extra };

/** 部门名称, 预算执行情况 and 年度绩效目标完成情况 (seed 002 layout), 9 columns. */
function headTable(dept: string, e: Evaluation): LTable {
  const x = e.execution;
  const goalRows: LCell[][] = e.goals.map((g) => [
    label(g.no === null ? "" : String(g.no), g.no === null ? {} : { value: g.no }),
    { text: g.goal, colSpan: 3 },
    { text: text(g.achieved), colSpan: 4 },
  ]);
  const rows: LCell[][] = [
    [label("部门名称"), { text: dept, colSpan: 8 }],
    [
      label("预算执行情况", { rowSpan: 3 }),
      label("部门预算金额(万元)"),
      label("年初预算数"),
      label("全年预算数(A)"),
      label("全年执行数(B)"),
      label("分值"),
      label("得分"),
      label("执行率(B/A)", { colSpan: 2 }),
    ],
    [
      { text: "" },
      num(x.initial),
      num(x.annual),
      num(x.executed),
      num(x.weight),
      num(x.score),
      x.rate === null
        ? { text: "", colSpan: 2 }
        : {
            text: formatPercent(x.rate),
            value: x.rate / 100,
            numFmt: percentFormat(x.rate),
            align: "center",
            colSpan: 2,
          },
    ],
    [label("偏差原因分析及改进措施"), { text: text(e.executionDeviation), colSpan: 7 }],
    [
      label("年度绩效目标完成情况", { rowSpan: goalRows.length + 2 }),
      label("目标序号"),
      label("年度绩效目标", { colSpan: 3 }),
      label("实际完成情况", { colSpan: 4 }),
    ],
    ...goalRows,
    [label("偏差原因分析及改进措施"), { text: text(e.goalsDeviation), colSpan: 7 }],
  ];
  return { columns: [10, 12, 9, 12, 14, 12, 7, 7, 17], rows };
}

/** 年度指标完成情况 grouped by 绩效目标, then 总分 and 自评结论; the header row repeats on every page. */
function indicatorTable(e: Evaluation): LTable {
  const header = [
    "年度指标完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ].map((t) => label(t, { bold: true }));
  const ind = e.indicators;
  const goal = rowRuns(ind.map((r) => (r.goalNo === null ? null : `g${r.goalNo}`)));
  const l1 = rowRuns(ind.map((r) => `${r.goalNo}\u0000${r.level1}`));
  const l2 = rowRuns(ind.map((r) => (r.level2 === null ? null : `${r.goalNo}\u0000${r.level1}\u0000${r.level2}`)));
  const body = ind.map((r, i) => {
    const cells: LCell[] = [];
    if ((goal[i] ?? 0) > 0) cells.push(label(r.goalNo === null ? "" : `绩效目标${r.goalNo}`, { rowSpan: goal[i] }));
    if ((l1[i] ?? 0) > 0) cells.push(label(r.level1, { rowSpan: l1[i] }));
    if ((l2[i] ?? 0) > 0) cells.push(label(text(r.level2), { rowSpan: l2[i] }));
    cells.push({ text: r.name }, label(text(r.target)), label(text(r.actual)), num(r.weight), num(r.score), {
      text: text(r.deviation),
    });
    return cells;
  });
  const total: LCell[] = [label("总分"), { text: "", colSpan: 5 }, num(e.totalWeight), num(e.totalScore), label("—")];
  const conclusion: LCell[] = [label("整体支出绩效自评结论"), { text: text(e.conclusion), colSpan: 8 }];
  return { columns: [10, 9, 10, 19, 11, 11, 6, 6, 18], rows: [header, ...body, total, conclusion], headerRows: 1 };
}

/** 整体支出绩效自评表 (department self-evaluation, seed 002 layout). */
export function layoutSelfEvaluation(doc: PerformanceDocument): LDocument {
  const e = doc.evaluation;
  const title = doc.title ?? "整体支出绩效自评表";
  const head: LBlock[] = [
    { kind: "title", text: title, size: "table" },
    ...(doc.year === null ? [] : [{ kind: "paragraph" as const, text: `(${doc.year}年度)`, align: "center" as const }]),
  ];
  const tables: LBlock[] = e
    ? [
        { kind: "table", table: headTable(doc.department?.name ?? "", e) },
        { kind: "table", table: indicatorTable(e) },
      ]
    : [];
  return {
    title,
    orientation: "landscape",
    front: [],
    body: [...head, ...tables],
    sheets: [{ name: "自评表", blocks: [...head, ...tables] }],
  };
}
