import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { headerOf } from "./column-map.ts";
import { flattenBlocks, type Item } from "./flatten.ts";
import { readOverallGoals } from "./read-overall-goals.ts";
import type { ReadResult } from "./read-result.ts";
import { documentReaders } from "./readers.ts";
import { hasIndicatorTable, isProjectDocument, understandPerformanceText } from "./understand-performance-text.ts";

/**
 * Blocks (from any format reader) → jixiao/v1 document. Dispatches on what the blocks say: the readers of
 * readers.ts first (self-evaluation, department table, monitoring), then 部门预算绩效文本 / 项目支出绩效目标表.
 * Blocks that are none of these throw `not_a_document`.
 */
export function understandBlocks(blocks: readonly Block[]): ReadResult {
  const items = flattenBlocks(blocks);
  // project tables whose indicator header has no 实际完成值 / 得分 column are targets, whatever the narrative
  // says about 绩效自评 (a 保障措施 line "做好绩效自评" must not turn a 绩效文本 into a self-evaluation)
  if (isProjectDocument(items) && !hasResultColumns(items)) return understandPerformanceText({ items });
  for (const reader of documentReaders) {
    if (reader.detect(blocks)) return reader.understand(blocks);
  }
  if (isProjectDocument(items) || hasIndicatorTable(items) || readOverallGoals({ items }) !== null) {
    return understandPerformanceText({ items });
  }
  throw new JixiaoError("not_a_document", "no performance document content found", {
    userMessage:
      "未能识别为绩效文档：没有找到项目支出绩效目标表、部门整体绩效目标、绩效自评表或绩效监控表。请确认文件内容。",
  });
}

function hasResultColumns(items: readonly Item[]): boolean {
  return items.some((it) => {
    if (it.kind !== "row") return false;
    const roles = headerOf(it.cells)?.roles ?? [];
    return roles.includes("actual") || roles.includes("score") || roles.includes("forecast");
  });
}
