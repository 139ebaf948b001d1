import { type ParsedValue, parseValue } from "@jixiao/core";

/**
 * The value grammar applied to a 指标值 (`parseValue` of @jixiao/core). The one place the reader calls it; null for
 * an empty or placeholder text.
 */
export function parseTarget(text: string | null): ParsedValue | null {
  if (text === null) return null;
  return parseValue(text).value;
}
