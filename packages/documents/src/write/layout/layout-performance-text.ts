import type { PerformanceDocument } from "@jixiao/core";
import { formatNumber as chineseIndex } from "../../docx/numbering.ts";
import { amountFormat, formatAmount } from "./format-values.ts";
import { indicatorTable, projectBlocks, projectInfoTable, unitLine } from "./layout-project.ts";
import type { LBlock, LDocument, LSheet, LTable } from "./types.ts";

const cn = (i: number): string => chineseIndex(i, "chineseCounting");

/** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "").slice(0, 31) || "Sheet";
  let n = base;
  for (let i = 2; taken.has(n); i++) n = `${base.slice(0, 28)}(${i})`;
  taken.add(n);
  return n;
}

export function projectTitle(name: string, index: number): string {
  return `${index}.${name}${/绩效目标表?$/.test(name) ? "" : "绩效目标表"}`;
}

function overallBlocks(doc: PerformanceDocument): LBlock[] {
  const o = doc.overall;
  if (!o) return [];
  const out: LBlock[] = [
    { kind: "heading", level: 1, text: "第一部分 部门整体绩效目标", center: true },
    { kind: "heading", level: 2, text: "一、总体绩效目标" },
  ];
  if (o.summary) out.push({ kind: "paragraph", text: o.summary, indent: true });
  out.push({ kind: "heading", level: 2, text: "二、分项绩效目标" });
  o.items.forEach((item, i) => {
    if (item.title) out.push({ kind: "paragraph", text: `（${cn(i + 1)}）${item.title}`, indent: true, bold: true });
    if (item.goal) out.push({ kind: "paragraph", text: `绩效目标：${item.goal}`, indent: true });
    if (item.indicators) out.push({ kind: "paragraph", text: `绩效指标：${item.indicators}`, indent: true });
  });
  out.push({ kind: "heading", level: 2, text: "三、工作保障措施" });
  // A safeguard is "heading\nbody" or one sentence; its heading carries the （一） marker the readers split on.
  o.safeguards.forEach((s, i) => {
    const [head = "", ...rest] = s.split("\n");
    out.push({ kind: "paragraph", text: `（${cn(i + 1)}）${head}`, indent: true, bold: rest.length > 0 });
    for (const line of rest) out.push({ kind: "paragraph", text: line, indent: true });
  });
  return out;
}

function summaryTable(doc: PerformanceDocument): LTable {
  // Labels of a list, not of a 项目支出绩效目标表, so that reading the workbook back does not take it for a project.
  const header = ["序号", "名称", "金额合计", "财政拨款", "其他来源", "指标条数"].map((t) => ({
    text: t,
    bold: true,
    align: "center" as const,
  }));
  const num = (n: number | null | undefined) =>
    n === null || n === undefined ? { text: "" } : { text: formatAmount(n), value: n, numFmt: amountFormat(n) };
  const rows = doc.projects.map((p, i) => [
    { text: String(i + 1), value: i + 1 },
    { text: p.name },
    num(p.budget?.total),
    num(p.budget?.fiscal),
    num(p.budget?.other),
    { text: String(p.indicators.length), value: p.indicators.length },
  ]);
  return { columns: [6, 40, 12, 12, 12, 8], rows: [header, ...rows], headerRows: 1 };
}

/** 绩效文本 (performance-text) and plain project-target documents: cover, 目录, 第一部分, 第二部分. */
export function layoutPerformanceText(doc: PerformanceDocument): LDocument {
  const dept = doc.department?.name ?? "";
  const year = doc.year === null ? "" : `${doc.year}年`;
  const title = doc.title ?? `${dept}${year}部门预算绩效文本`;
  // A title without its year ("项目支出绩效目标申报表") gets the year on a line of its own, as such forms print it.
  const yearLine: LBlock[] =
    doc.year !== null && doc.title !== null && !doc.title.includes(String(doc.year))
      ? [{ kind: "paragraph", text: `（${doc.year}年度）`, align: "center" }]
      : [];
  const front: LBlock[] = [
    { kind: "spacer", lines: 6 },
    { kind: "title", text: dept, size: "cover" },
    { kind: "title", text: doc.title ?? `${year}部门预算绩效文本`, size: "cover" },
    ...yearLine,
    { kind: "spacer", lines: 10 },
    ...(dept ? [{ kind: "paragraph" as const, text: `${dept}编制`, align: "center" as const }] : []),
    { kind: "pageBreak" },
    { kind: "toc", title: "目  录" },
  ];
  const body: LBlock[] = overallBlocks(doc);
  const sheets: LSheet[] = [];
  const taken = new Set<string>();
  // The first sheet opens like the cover, so that the workbook names its department, year and title too.
  const opening: LBlock[] = [
    ...(dept ? [{ kind: "paragraph" as const, text: `主管部门：${dept}`, align: "center" as const }] : []),
    { kind: "title", text: doc.title ?? `${year}部门预算绩效文本`, size: "table" },
    ...yearLine,
  ];
  const hasOverall = body.length > 0;
  if (hasOverall) sheets.push({ name: sheetName("部门整体绩效目标", taken), blocks: [...opening, ...body] });
  if (doc.projects.length > 0) {
    body.push({
      kind: "heading",
      level: 1,
      text: "第二部分 预算项目绩效目标",
      center: true,
      pageBreakBefore: hasOverall,
    });
  }
  doc.projects.forEach((p, i) => {
    const t = projectTitle(p.name, i + 1);
    body.push(...projectBlocks(p, t, doc.amountUnit, i > 0));
    sheets.push({
      name: sheetName(`${i + 1}.${p.name}`, taken),
      blocks: [
        // Without an overall part the first project sheet opens the workbook (department, year and title).
        ...(i === 0 && !hasOverall ? opening : []),
        { kind: "title", text: t, size: "table" },
        unitLine(p, doc.amountUnit),
        { kind: "table", table: projectInfoTable(p) },
        { kind: "table", table: indicatorTable(p.indicators) },
      ],
    });
  });
  if (doc.projects.length > 0) {
    sheets.push({
      name: sheetName("项目汇总", taken),
      blocks: [
        { kind: "title", text: `${title}项目汇总`, size: "table" },
        { kind: "table", table: summaryTable(doc) },
      ],
    });
  }
  return { title, front, body, sheets };
}
