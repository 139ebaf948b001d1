/**
 * Recognising the grouping labels of an indicator table by their words, not their column: text extracted from
 * merged cells often lands in the wrong column (seed 002), so a cell says what it is by its vocabulary.
 */

import { LEVEL1_NAMES, LEVEL2_NAMES } from "../labels.ts";

export type LabelKind = "goal" | "level1" | "level2" | "cost" | "other";

/**
 * 一级指标: the shared label table's names plus short and 部门整体 forms (domain-rules §5.1, §5.2) that are only
 * safe to recognise as whole cells.
 */
const LEVEL1 = new Set([
  ...LEVEL1_NAMES.filter((n) => n !== "成本指标"),
  "产出",
  "效益",
  "效果",
  "满意度",
  "投入",
  "过程",
  "可持续发展能力",
]);

/** 二级指标 written exactly (aliases included); other `…指标` words are caught by LEVEL2_PATTERN. */
const LEVEL2 = new Set([
  ...LEVEL2_NAMES.filter((n) => n !== "成本指标"),
  "服务对象满意度",
  "社会公众满意度",
  "社会公众或服务对象满意度",
  "服务对象满意度指标",
  "社会公众或服务对象满意度指标",
  "可持续影响",
  "可持续性影响",
  "经济效益",
  "社会效益",
  "生态效益",
]);

const LEVEL2_PATTERN =
  /^(?:数量|质量|时效|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|可持续性影响|[\u4e00-\u9fa5]{0,8}满意度)指标$/;

/** 成本指标 is a 一级 in the 2021 framework and a 二级 under 产出指标 in the legacy one. */
const AMBIGUOUS_COST = new Set(["成本指标", "成本"]);

/** Labels of a 成本 二级 that only exist in the 2021 framework (成本指标 as 一级). */
export const COST_LEVEL2_OF_2021 = /^(?:经济|社会|生态环境)成本指标$/;

const GOAL = /^(?:年度)?(?:绩效)?目标\s*(\d+|[一二三四五六七八九十]+)$/;
const CHINESE_DIGITS = "一二三四五六七八九";

export function labelKind(text: string): LabelKind {
  if (GOAL.test(text)) return "goal";
  if (AMBIGUOUS_COST.has(text)) return "cost";
  if (LEVEL1.has(text)) return "level1";
  if (LEVEL2.has(text) || LEVEL2_PATTERN.test(text)) return "level2";
  return "other";
}

/** `绩效目标3` → 3, `目标十二` → 12; null when the text is not a goal label. */
export function goalNumber(text: string): number | null {
  const m = GOAL.exec(text);
  const g = m?.[1];
  if (g === undefined) return null;
  if (/^\d+$/.test(g)) return Number(g);
  let n = 0;
  let unit = 0;
  for (const ch of g) {
    if (ch === "十") unit = (unit || 1) * 10;
    else n = CHINESE_DIGITS.indexOf(ch) + 1;
  }
  return unit ? unit + (g.endsWith("十") ? 0 : n) : n;
}
