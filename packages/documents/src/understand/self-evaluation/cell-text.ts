import { parseNumber } from "../cell-text.ts";
import type { RowItem } from "../flatten.ts";

/** True for a bare number cell (分值, 得分, 金额). */
export function isNumeric(text: string | null): boolean {
  return parseNumber(text) !== null;
}

/** Looks like a 指标值 rather than a label: starts with a comparison sign or a digit. */
export function isValueLike(text: string | null): boolean {
  return text !== null && /^[≥≤≧≦＞＜><=＝]|^\d/.test(text);
}

/** Money unit named inside a label or line: `部门预算金额(万元)`, `项目资金（万元）`, `单位：万元`. */
export function amountUnitIn(text: string | null): "元" | "万元" | "亿元" | null {
  if (text === null) return null;
  const m = /(?:单位[:：]\s*|[(（])(亿元|万元|元)/.exec(text);
  return (m?.[1] as "元" | "万元" | "亿元" | undefined) ?? null;
}

/** Non-empty cells of a row, with their grid index. */
export function filledCells(row: RowItem): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  row.cells.forEach((text, index) => {
    if (text !== null) out.push({ index, text });
  });
  return out;
}

/** Texts joined with "；" unless the previous one already ends a sentence; empty parts dropped; null when none. */
export function joinSentences(parts: readonly (string | null | undefined)[]): string | null {
  let out = "";
  for (const p of parts) {
    if (!p) continue;
    out += out === "" || /[。；;.!！?？]$/.test(out) ? p : `；${p}`;
  }
  return out === "" ? null : out;
}
