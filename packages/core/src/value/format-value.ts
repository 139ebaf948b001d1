import type { Operator, ParsedValue } from "../model/value.ts";

const SYMBOLS: Record<Operator, string> = { ">=": "≥", ">": "＞", "=": "＝", "<=": "≤", "<": "＜" };
const ISO_DATE = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/**
 * Renders a parsed value as the canonical text: ≥90%, ≤5.1万元, 90%-95% (with `upper`), 2024年12月31日前,
 * 12月31日前 (year not written), 是 / 否, or the qualitative text. `parseValue(formatValue(v)).value` equals `v`.
 */
export function formatValue(v: ParsedValue, options?: { upper?: number | null }): string {
  switch (v.kind) {
    case "quantitative": {
      const unit = v.unit ?? "";
      const upper = options?.upper;
      if (upper !== undefined && upper !== null && v.op === ">=") {
        return `${formatNumber(v.value)}${unit}-${formatNumber(upper)}${unit}`;
      }
      return `${v.op === null ? "" : SYMBOLS[v.op]}${formatNumber(v.value)}${unit}`;
    }
    case "boolean":
      return v.value === 0 ? "否" : "是";
    case "deadline":
      return formatDeadline(v);
    default:
      return v.text ?? "";
  }
}

function formatNumber(n: number | null): string {
  if (n === null) return "";
  // No exponent notation in a table cell.
  return Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-6) ? n.toFixed(10).replace(/\.?0+$/, "") : String(n);
}

function formatDeadline(v: ParsedValue): string {
  const m = v.text === null ? null : ISO_DATE.exec(v.text);
  if (m === null) return v.text ?? "";
  const [, y, mm, dd] = m;
  const date = `${y === "-" ? "" : `${y}年`}${Number(mm)}月${Number(dd)}日`;
  if (v.op === "<=" || v.op === null) return `${date}前`;
  return `${SYMBOLS[v.op]}${date}`;
}
