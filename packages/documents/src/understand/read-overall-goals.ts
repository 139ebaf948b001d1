/**
 * Narrative 部门整体绩效目标 → OverallGoals: 一、总体绩效目标 (summary) / 二、分项绩效目标 (items: title, 绩效目标,
 * 绩效指标) / 三、工作保障措施 (list). Numbering styles differ between documents and even inside one
 * ((一) … （2） …, 1、, 1.), so any list marker starts an item; the marker itself is dropped.
 *
 * - A table of contents repeats the headings: the LAST 总体绩效目标 heading before the tables is the real one.
 * - An item whose heading line goes on after "。" without a "绩效目标：" line ("1、科技创新项目支撑。以促进…") has
 *   the heading as title and the rest as its goal.
 * - A 保障措施 entry is its heading plus its body paragraphs, joined by a line break.
 * - The narrative ends at "第二部分", "预算项目绩效目标", a project title (…绩效目标表), or the first table row.
 */
import type { OverallGoals } from "@jixiao/core";
import type { Item } from "./flatten.ts";

type Section = "summary" | "items" | "safeguards";

const TOP_HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*(.*)$|^[（(][一二三四五六七八九十]+[)）]\s*(.*)$/;
const SECTION_WORDS: [RegExp, Section][] = [
  [/^(?:部门)?总体(?:绩效)?目标$/, "summary"],
  [/^分项(?:绩效)?目标$/, "items"],
  [/^(?:工作)?保障措施$/, "safeguards"],
];
export const LIST_MARKER =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)|\d{1,2}\s+(?=[^\d\s]))\s*/;
const END = /^第[一二三四五六七八九十]+部分|预算项目绩效目标|项目支出绩效目标|绩效目标表$/;

export function sectionOf(text: string): Section | null {
  const m = TOP_HEADING.exec(text);
  const body = (m ? (m[1] ?? m[2] ?? "") : text).replace(/[:：]$/, "");
  for (const [re, section] of SECTION_WORDS) if (re.test(body)) return section;
  return null;
}

/** Reads the narrative from `items` (the part of the document before the project tables); null when absent. */
export function readOverallGoals(options: { items: readonly Item[] }): OverallGoals | null {
  const { items } = options;
  let start = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it?.kind === "paragraph" && it.text !== null && sectionOf(it.text) === "summary") start = i;
  }
  if (start < 0) {
    start = items.findIndex((it) => it.kind === "paragraph" && it.text !== null && sectionOf(it.text) !== null);
    if (start < 0) return null;
  }
  const summary: string[] = [];
  const items_: OverallGoals["items"] = [];
  const safeguards: string[][] = [];
  let section: Section | null = null;

  for (let i = start; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.kind === "row") break;
    const text = it.text;
    if (text === null) continue;
    const s = sectionOf(text);
    if (s !== null) {
      section = s;
      continue;
    }
    if (END.test(text) || /绩效目标$/.test(text)) break;
    if (section === "summary") summary.push(text);
    else if (section === "items") readItemLine(text, items_);
    else if (section === "safeguards") {
      const marker = LIST_MARKER.exec(text);
      if (marker || safeguards.length === 0) safeguards.push([text.slice(marker ? marker[0].length : 0).trim()]);
      else safeguards[safeguards.length - 1]?.push(text);
    }
  }
  if (summary.length === 0 && items_.length === 0 && safeguards.length === 0) return null;
  return {
    summary: summary.length > 0 ? summary.join("\n") : null,
    items: items_.map((item) => ({
      title: item.title,
      goal: item.goal,
      indicators: item.indicators,
    })),
    safeguards: safeguards.map((lines) => lines.filter((l) => l !== "").join("\n")).filter((s) => s !== ""),
  };
}

const GOAL_LINE = /^(?:绩效目标|目标)\s*[:：]\s*/;
const INDICATOR_LINE = /^(?:绩效指标|指标)\s*[:：]\s*/;

function readItemLine(text: string, items: OverallGoals["items"]): void {
  const marker = LIST_MARKER.exec(text);
  const current = items[items.length - 1];
  if (marker) {
    const rest = text.slice(marker[0].length).trim();
    const stop = rest.indexOf("。");
    if (stop > 0 && stop < rest.length - 1) {
      items.push({ title: rest.slice(0, stop), goal: rest.slice(stop + 1).trim(), indicators: null });
    } else items.push({ title: rest.replace(/。$/, "") || null, goal: null, indicators: null });
    return;
  }
  if (!current) return; // an introduction before the first item
  const goal = GOAL_LINE.exec(text);
  const indicator = INDICATOR_LINE.exec(text);
  if (goal) current.goal = append(current.goal, text.slice(goal[0].length));
  else if (indicator) current.indicators = append(current.indicators, text.slice(indicator[0].length));
  else if (current.indicators !== null) current.indicators = append(current.indicators, text);
  else current.goal = append(current.goal, text);
}

function append(before: string | null, text: string): string | null {
  const t = text.trim();
  if (t === "") return before;
  return before === null ? t : `${before}\n${t}`;
}
