import type { PerformanceDocument } from "@jixiao/core";
import type { SourcePos } from "../blocks.ts";

/** Something the reader could not read as it should, or had to interpret (contract: front door). */
export interface ReadWarning {
  code: string;
  /** Chinese, for people. */
  message: string;
  source?: SourcePos;
}

export interface ReadResult {
  document: PerformanceDocument;
  warnings: ReadWarning[];
}
