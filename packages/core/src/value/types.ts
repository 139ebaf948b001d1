import type { ParsedValue } from "../model/value.ts";

/** Why a value text could not be fully understood; codes map to Chinese text in `value/messages.ts`. */
export type ValueProblemCode =
  | "empty" // blank text
  | "placeholder" // 无, 没有, /, -, 文字描述 …
  | "malformed_number" // 19574.亿元, 1..5
  | "missing_operator" // 90% (a quantitative value without ≥/≤/=)
  | "missing_unit" // ≥3
  | "unknown_unit"
  | "operator_conflict" // 12月底前完成 ≥1年
  | "not_a_value"; // a sentence / process description where a value belongs

export interface ValueProblem {
  code: ValueProblemCode;
  /** Chinese explanation naming the offending part. */
  message: string;
}

/** The result of reading one 指标值 / 实际完成值. `value` is null only for empty or placeholder texts. */
export interface ValueParse {
  value: ParsedValue | null;
  /** The text after glyph normalisation (≧ → ≥ …), for R-VAL-8. */
  normalized: string;
  /** True when glyphs were changed by normalisation. */
  normalizedChanged: boolean;
  placeholder: boolean;
  /** For ranges (90%–95%): the upper bound; `value.value` holds the lower. */
  upper?: number | null;
  problems: ValueProblem[];
}
