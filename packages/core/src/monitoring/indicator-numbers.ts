import { Decimal } from "decimal.js";
import type { ParsedValue } from "../model/value.ts";
import { parseValue } from "../value/parse-value.ts";
import { toYuan } from "../value/units.ts";

export type ValueInput = number | string | ParsedValue | null;

/** Target and current value as numbers in the target's unit, or why they cannot be compared (Chinese). */
export type IndicatorNumbers =
  | { ok: true; target: Decimal; current: Decimal; unit: string | null }
  | { ok: false; reason: string };

function toParsed(v: ValueInput, role: "target" | "actual"): ParsedValue | null {
  if (v === null) return null;
  if (typeof v === "number") return { kind: "quantitative", op: null, value: v, unit: null, text: null };
  if (typeof v === "string") return parseValue(v, { role }).value;
  return v;
}

const SAME_UNIT: Record<string, string> = { 个月: "月", 天: "日", 个工作日: "工作日", "㎡": "平方米", m2: "平方米" };
const canonical = (u: string): string => SAME_UNIT[u] ?? u;

/** Reads 年度指标值 and 当前完成值 (text, parsed or number); money in different units is converted exactly. */
export function indicatorNumbers(target: ValueInput, current: ValueInput): IndicatorNumbers {
  const t = toParsed(target, "target");
  const a = toParsed(current, "actual");
  if (t === null || t.kind !== "quantitative" || t.value === null) return { ok: false, reason: "年度指标值不是数值" };
  if (a === null || a.kind !== "quantitative" || a.value === null) return { ok: false, reason: "当前完成值不是数值" };
  let cur = new Decimal(a.value);
  if (t.unit !== null && a.unit !== null && canonical(t.unit) !== canonical(a.unit)) {
    const tf = toYuan(1, t.unit);
    const af = toYuan(1, a.unit);
    if (tf === null || af === null) return { ok: false, reason: `单位“${t.unit}”与“${a.unit}”不一致` };
    cur = cur.times(af).dividedBy(tf);
  }
  return { ok: true, target: new Decimal(t.value), current: cur, unit: t.unit ?? a.unit };
}
