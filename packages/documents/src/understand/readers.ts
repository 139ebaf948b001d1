/**
 * The document kinds the dispatcher knows, tried in order; the first whose `detect` says yes reads the document.
 * Teams plug their kind in here with one entry (add lines only). 部门预算绩效文本 / 项目支出绩效目标表 is the
 * fallback in understand-blocks.ts, after all entries.
 */
import type { Block } from "../blocks.ts";
import { isDepartmentTable, understandDepartmentTable } from "./department-table/understand-department-table.ts";
import { isMonitoring, understandMonitoring } from "./monitoring/understand-monitoring.ts";
import type { ReadResult } from "./read-result.ts";
import { isSelfEvaluation, understandSelfEvaluation } from "./self-evaluation/understand-self-evaluation.ts";

export interface DocumentReader {
  /** Name for logs and tests, e.g. "self-evaluation". */
  name: string;
  detect(blocks: readonly Block[]): boolean;
  understand(blocks: readonly Block[]): ReadResult;
}

export const documentReaders: DocumentReader[] = [
  { name: "self-evaluation", detect: isSelfEvaluation, understand: (blocks) => understandSelfEvaluation({ blocks }) },
  {
    name: "department-targets",
    detect: isDepartmentTable,
    understand: (blocks) => understandDepartmentTable({ blocks }),
  },
  { name: "monitoring", detect: isMonitoring, understand: (blocks) => understandMonitoring({ blocks }) },
];
