import type { SourcePos } from "../../blocks.ts";

/** Same shape as the front door's ReadWarning (contracts: `{ code, message (Chinese), source? }`). */
export interface ReadWarning {
  code: string;
  message: string;
  source?: SourcePos;
}
