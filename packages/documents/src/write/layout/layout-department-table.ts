import type { DepartmentTable, FundLine, Indicator, PerformanceDocument } from "@jixiao/core";
import { formatNumber, formatPercent, percentFormat, text } from "./format-values.ts";
import { rowRuns } from "./row-runs.ts";
import type { LBlock, LCell, LDocument, LTable } from "./types.ts";

/**
 * 部门整体绩效目标表 (Hubei framework, seed 004 layout): the head, funds, functions, tasks and long-term part on a
 * 7-column grid, the annual part (with two prior-year columns) as a second, 9-column table. Data rows carry one
 * cell per grid column, as the source tables do, so every reader sees the same positions.
 */
const label = (t: string, extra: Partial<LCell> = {}): LCell => ({ text: t, align: "center", ...extra });
const num = (n: number | null | undefined, extra: Partial<LCell> = {}): LCell =>
  n === null || n === undefined
    ? { text: "", ...extra }
    : { text: formatNumber(n), value: n, align: "right", ...extra };
const share = (n: number | null | undefined): LCell =>
  n === null || n === undefined
    ? { text: "" }
    : { text: formatPercent(n), value: n / 100, numFmt: percentFormat(n), align: "right" };

const numbered = (items: string[]): string => items.map((t, i) => `${i + 1}.${t}`).join("\n");

function fundRows(t: DepartmentTable): LCell[][] {
  const f = t.funds;
  if (!f) return [];
  const years = f.priorYears;
  const line = (l: FundLine): LCell[] => [
    { text: l.label },
    num(l.amount),
    share(l.share),
    num(l.prior[0]),
    num(l.prior[1]),
  ];
  const group = (name: string, lines: FundLine[], total: FundLine | null): LCell[][] => {
    const all = total ? [...lines, total] : lines;
    return all.map((l, i) => (i === 0 ? [label(name, { rowSpan: all.length }), ...line(l)] : line(l)));
  };
  const body = [...group("收入构成", f.income, f.incomeTotal), ...group("支出构成", f.expense, f.expenseTotal)];
  const head: LCell[][] = [
    [
      label("总体资金情况", { colSpan: 2, rowSpan: 2 }),
      label("当年金额", { rowSpan: 2 }),
      label("占比", { rowSpan: 2 }),
      label("近两年收支金额", { colSpan: 2 }),
    ],
    [label(years[0] ? `${years[0]}年` : ""), label(years[1] ? `${years[1]}年` : "")],
  ];
  const rows = [...head, ...body];
  rows[0]?.unshift(label("部门总体资金情况", { rowSpan: rows.length }));
  return rows;
}

function indicatorRows(name: string, ind: Indicator[], annual: boolean): LCell[][] {
  const years = annual ? (ind.find((r) => r.priorValues && r.priorValues.length > 0)?.priorValues ?? []) : [];
  const head: LCell[][] = annual
    ? [
        [
          label("一级指标", { rowSpan: 2 }),
          label("二级指标", { rowSpan: 2 }),
          label("三级指标", { rowSpan: 2 }),
          label("近两年指标值", { colSpan: 2 }),
          label("预期当年实现值", { rowSpan: 2 }),
          label("指标值确定依据", { rowSpan: 2 }),
          label("指标分类", { rowSpan: 2 }),
        ],
        [label(years[0]?.year ? `${years[0].year}年` : ""), label(years[1]?.year ? `${years[1].year}年` : "")],
      ]
    : [
        [
          label("一级指标"),
          label("二级指标"),
          label("三级指标"),
          label("指标值"),
          label("指标值确定依据"),
          label("指标分类"),
        ],
      ];
  const l1 = rowRuns(ind.map((r) => r.level1));
  const l2 = rowRuns(ind.map((r) => (r.level2 === null ? null : `${r.level1}\u0000${r.level2}`)));
  const body = ind.map((r, i) => {
    const cells: LCell[] = [];
    if ((l1[i] ?? 0) > 0) cells.push(label(r.level1, { rowSpan: l1[i] }));
    if ((l2[i] ?? 0) > 0) cells.push(label(text(r.level2), { rowSpan: l2[i] }));
    cells.push({ text: r.name });
    if (annual) {
      cells.push(label(text(r.priorValues?.[0]?.value)), label(text(r.priorValues?.[1]?.value)), label(text(r.target)));
    } else {
      cells.push(label(text(r.target)));
    }
    cells.push(label(text(r.basis)), label(text(r.indicatorClass)));
    return cells;
  });
  const rows = [...head, ...body];
  rows[0]?.unshift(label(name, { rowSpan: rows.length }));
  return rows;
}

function mainTable(t: DepartmentTable, deptName: string): LTable {
  const rows: LCell[][] = [
    [label("部门（单位）名称"), { text: t.name ?? deptName, colSpan: 6 }],
    [label("填报人"), { text: text(t.preparer), colSpan: 3 }, label("联系电话"), { text: text(t.phone), colSpan: 2 }],
    ...fundRows(t),
    [label("部门职能概述"), { text: numbered(t.functions), colSpan: 6 }],
    [label("年度工作任务"), { text: numbered(t.tasks), colSpan: 6 }],
  ];
  if (t.longTerm) {
    const until = t.longTerm.deadline === null ? "" : `\n（截止${t.longTerm.deadline}年）`;
    rows.push([label(`长期目标：${until}`), { text: text(t.longTerm.goal), colSpan: 6 }]);
    rows.push(...indicatorRows("长期绩效指标", t.longTerm.indicators, false));
  }
  return { columns: [12, 9, 17, 22, 12, 15, 13], rows };
}

function annualTable(t: DepartmentTable): LTable | null {
  if (!t.annual) return null;
  return {
    columns: [10, 8, 12, 18, 9, 9, 10, 12, 12],
    rows: [
      [label("年度目标："), { text: text(t.annual.goal), colSpan: 8 }],
      ...indicatorRows("年度绩效指标", t.annual.indicators, true),
    ],
  };
}

export function layoutDepartmentTable(doc: PerformanceDocument): LDocument {
  const title = doc.title ?? "部门整体绩效目标表";
  const t = doc.departmentTable;
  const blocks: LBlock[] = [
    { kind: "title", text: title, size: "table" },
    { kind: "paragraph", text: `单位：${doc.amountUnit}`, align: "right", small: true },
  ];
  if (t) {
    blocks.push({ kind: "table", table: mainTable(t, doc.department?.name ?? "") });
    const annual = annualTable(t);
    if (annual) blocks.push({ kind: "table", table: annual });
  }
  return { title, front: [], body: blocks, sheets: [{ name: "部门整体绩效目标表", blocks }] };
}
