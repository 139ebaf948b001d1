import type { DepartmentTable, Funds, Indicator, PerformanceDocument } from "@jixiao/core";
import { FORMAT } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { cellText } from "../cell-text.ts";
import { flattenBlocks, type RowItem } from "../flatten.ts";
import type { ReadResult, ReadWarning } from "../read-result.ts";
import { amountUnitIn, filledCells } from "../self-evaluation/cell-text.ts";
import { FundsCollector, yearsOf } from "./read-fund-lines.ts";
import {
  absorbSubHeader,
  type GroupLabels,
  joinSplitRow,
  readTargetRow,
  type TargetTableHeader,
  targetHeaderOf,
} from "./read-target-indicators.ts";
import { splitNumbered } from "./split-numbered.ts";

const NAME = /^(?:部门|单位)(?:\(单位\)|（单位）)?(?:名称)?$|^部门（单位）名称$|^预算部门$/;
const FUNCTIONS = /^(?:部门)?(?:职能|主要职能|职能职责)(?:概述|简介)?$/;
const TASKS = /^(?:年度)?(?:主要)?工作任务$|^年度主要任务$/;
const LONG_GOAL = /^(?:中)?长期(?:绩效)?目标/;
const ANNUAL_GOAL = /^年度(?:总体|绩效)?目标[:：]?$/;
const FORM_TITLE = /部门整体(?:支出)?绩效目标(?:申报|申请)?表/;
/** Column labels of a task table (年度主要任务 | 任务名称 | 主要内容 | 预算金额…). */
const TASK_NAME = /^(?:任务名称|工作任务|任务)$/;
const TASK_CONTENT = /^(?:主要内容|任务内容|工作内容|具体内容)$/;
const FUNDS_HEADER = /^当年金额$|^占比$|总体资金情况$/;

/** True when blocks look like a Hubei-style 部门整体绩效目标表 (funds block, 长期/年度 indicators). */
export function isDepartmentTable(blocks: readonly Block[]): boolean {
  const cells = flattenBlocks(blocks.slice(0, 40)).flatMap((i) => (i.kind === "row" ? i.cells : [i.text]));
  const has = (re: RegExp) => cells.some((c) => c !== null && re.test(c));
  return has(FORM_TITLE) || (has(FUNDS_HEADER) && (has(LONG_GOAL) || has(FUNCTIONS)));
}

/**
 * Understands a 部门整体绩效目标表 (Hubei framework, domain-rules §5.1, seed 004): header, 部门总体资金情况, 职能,
 * 任务, 长期目标 and its indicators, 年度目标 and its indicators with the 近两年 values. Sections are found by their
 * labels, so the order of the blocks and how a reader split the one Word table into blocks do not matter.
 * The document year is the year after the last 近两年 column when the form does not state it.
 */
export function understandDepartmentTable(options: { blocks: readonly Block[] }): ReadResult {
  const items = flattenBlocks(options.blocks);
  const warnings: ReadWarning[] = [];
  let title: string | null = null;
  let amountUnit: PerformanceDocument["amountUnit"] | null = null;
  let statedYear: number | null = null;
  const table: DepartmentTable = {
    name: null,
    preparer: null,
    phone: null,
    funds: null,
    functions: [],
    tasks: [],
    longTerm: null,
    annual: null,
  };
  let funds: FundsCollector | null = null;
  let fundsHeader = false;
  let header: TargetTableHeader | null = null;
  let target: Indicator[] | null = null;
  let inHeader = false;
  let phase: "long" | "annual" | null = null;
  let taskColumns: { name: number; content: number } | null = null;
  let openGoal: "long" | "annual" | null = null;
  const state: GroupLabels = { level1: null, level2: null };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    if (item.kind === "paragraph") {
      const t = item.text;
      if (t === null) continue;
      if (title === null && /绩效目标(?:申报|申请)?表/.test(t)) {
        title = t;
        statedYear ??= yearOf(t);
      }
      amountUnit ??= amountUnitIn(t);
      // "部门名称：某市文化广电旅游局" written as a line
      const named = /^(?:部门|单位)(?:\(单位\)|（单位）)?名称\s*[:：]\s*(\S.*)$|^主管部门\s*[:：]\s*(\S.*)$/.exec(
        t.trim(),
      );
      if (named) table.name ??= (named[1] ?? named[2] ?? "").trim() || null;
      continue;
    }
    const filled = filledCells(item);
    const first = filled[0]?.text ?? null;
    if (first === null) continue;
    // 目标1 on the goal row, 目标2 … on rows below it whose label cell is merged (empty)
    const goalPart = openGoal === "long" ? table.longTerm : openGoal === "annual" ? table.annual : null;
    if (goalPart && item.cells[0] === null && filled.length === 1 && targetHeaderOf(item) === null) {
      goalPart.goal = `${goalPart.goal ?? ""}${first}`;
      continue;
    }
    openGoal = null;

    // 部门总体资金情况: header row, then the year row, then one row per fund line.
    if (filled.some((c) => FUNDS_HEADER.test(c.text)) && !targetHeaderOf(item)) {
      fundsHeader = true;
      continue;
    }
    if (fundsHeader) {
      const years = yearsOf(item);
      if (years !== null) {
        funds = new FundsCollector(years);
        fundsHeader = false;
        continue;
      }
      funds = new FundsCollector([]);
      fundsHeader = false;
    }
    if (funds !== null) {
      if (funds.add(item)) continue;
      table.funds = funds.result();
      funds = null;
    }

    if (readLabelled(item, table)) continue;
    const second = item.raw[filled[1]?.index ?? -1] ?? null;
    if (FUNCTIONS.test(first)) {
      table.functions = splitNumbered(second);
      continue;
    }
    if (TASKS.test(first)) {
      const nameAt = filled.find((c) => TASK_NAME.test(c.text));
      if (nameAt !== undefined) {
        // table form: one task per following row, under 任务名称 / 主要内容
        taskColumns = { name: nameAt.index, content: filled.find((c) => TASK_CONTENT.test(c.text))?.index ?? -1 };
        continue;
      }
      table.tasks = splitNumbered(second);
      continue;
    }
    if (LONG_GOAL.test(first)) {
      const deadline = /(?:截[止至]|至)\s*((?:19|20)\d{2})\s*年/.exec(filled.map((c) => c.text).join(""));
      table.longTerm = {
        deadline: deadline?.[1] ? Number(deadline[1]) : null,
        goal: cellText(second),
        indicators: table.longTerm?.indicators ?? [],
      };
      phase = "long";
      openGoal = "long";
      taskColumns = null;
      continue;
    }
    if (ANNUAL_GOAL.test(first)) {
      table.annual = { goal: cellText(second), indicators: table.annual?.indicators ?? [] };
      phase = "annual";
      openGoal = "annual";
      taskColumns = null;
      continue;
    }

    if (taskColumns !== null && targetHeaderOf(item) === null) {
      const name = item.cells[taskColumns.name] ?? null;
      if (name !== null && !/合计|总计/.test(first)) {
        const content = item.cells[taskColumns.content] ?? null;
        table.tasks.push(content === null ? name : `${name}：${content}`);
        continue;
      }
      if (/合计|总计/.test(first)) continue;
    }
    taskColumns = null;
    const h = targetHeaderOf(item);
    if (h !== null) {
      header = h;
      inHeader = true;
      const which = /长期/.test(first) ? "long" : /年度/.test(first) ? "annual" : (phase ?? "annual");
      if (which === "long") {
        table.longTerm ??= { deadline: null, goal: null, indicators: [] };
        target = table.longTerm.indicators;
      } else {
        table.annual ??= { goal: null, indicators: [] };
        target = table.annual.indicators;
      }
      state.level1 = null;
      state.level2 = null;
      continue;
    }
    if (header !== null && target !== null) {
      if (inHeader && absorbSubHeader(item, header)) continue;
      inHeader = false;
      const { row, used } = joinSplitRow(items, i, header.width);
      if (used > 0) {
        warnings.push({
          code: "row_rejoined",
          message: `指标“${row.cells[header.nameIndex] ?? ""}”所在行被拆开，已重新拼合`,
          source: row.source,
        });
        i += used;
      }
      const indicator = readTargetRow(row, header, state);
      if (indicator !== null) target.push(indicator);
      else
        warnings.push({
          code: "row_unread",
          message: `无法识别的指标行：${filled.map((c) => c.text).join(" | ")}`,
          source: item.source,
        });
    }
  }
  if (funds !== null) table.funds = funds.result();

  const year = statedYear ?? nextYear(table.funds);
  if (table.funds === null) warnings.push({ code: "funds_missing", message: "未找到部门总体资金情况" });
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: "department-targets",
    title,
    year,
    department: table.name === null ? null : { code: null, name: table.name },
    amountUnit: amountUnit ?? "万元",
    overall: null,
    departmentTable: table,
    projects: [],
    evaluation: null,
  };
  return { document, warnings };
}

/** `部门（单位）名称 | X`, `填报人 | Y | 联系电话 | Z`: true when the row was such a label row. */
function readLabelled(row: RowItem, table: DepartmentTable): boolean {
  const filled = filledCells(row);
  let hit = false;
  const isLabel = (t: string) => NAME.test(t) || /^(?:填报人|联系人|(?:联系)?电话)$/.test(t);
  filled.forEach((c, k) => {
    // an empty field is followed by the next label, which is not its value
    const next = filled[k + 1]?.text ?? null;
    const value = next === null || isLabel(next) ? null : next;
    if (NAME.test(c.text)) {
      table.name ??= value;
      hit = true;
    } else if (/^(?:填报人|联系人)$/.test(c.text)) {
      table.preparer ??= value;
      hit = true;
    } else if (/^(?:联系)?电话$/.test(c.text)) {
      table.phone ??= value;
      hit = true;
    }
  });
  return hit;
}

function yearOf(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

function nextYear(funds: Funds | null): number | null {
  const years = (funds?.priorYears ?? []).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) + 1 : null;
}
