import { Decimal } from "decimal.js";
import { indicatorNumbers, type ValueInput } from "./indicator-numbers.ts";
import { isCumulative } from "./is-cumulative.ts";
import {
  bandLight,
  LIGHT_NAMES,
  type LightResult,
  type LightSettings,
  resolveLightSettings,
  showPercent,
  validMonth,
} from "./lights.ts";

export interface LightReverseIndicatorOptions {
  /** 年度指标值 (≤ / ＜ type: cost, time, error rates). */
  target: ValueInput;
  current: ValueInput;
  month: number;
  /**
   * Whether the value accumulates over the year (total cost) or is a level (unit cost, duration, rate); default
   * from the unit and `name` (see `isCumulative`). A level is compared with the target as it stands.
   */
  cumulative?: boolean;
  /** 三级指标 name, to tell 单个/平均 levels from totals. */
  name?: string | null;
  settings?: Partial<LightSettings>;
}

const FORMULA = "p = 年度指标值 × 月份 ÷ 12 ÷ 当前值 × 100";
const LEVEL_FORMULA = "p = 年度指标值 ÷ 当前值 × 100（非累计指标不按时间进度折算）";

/**
 * 反向 indicator light ([I] §4.3, not in the vendor code): p = the pro-rata allowance ÷ what is used so far;
 * nothing used yet ⇒ green; same 60/80 bands. Already beyond the whole-year cap ⇒ red whatever the month.
 * Levels (unit costs, durations, rates) are not prorated: at or under the target ⇒ green, above ⇒ bands on t ÷ a.
 */
export function lightReverseIndicator(options: LightReverseIndicatorOptions): LightResult {
  const s = resolveLightSettings(options.settings);
  if (!validMonth(options.month)) {
    return { light: null, progress: null, formula: FORMULA, explanation: `月份“${options.month}”无效` };
  }
  const n = indicatorNumbers(options.target, options.current);
  if (!n.ok) return { light: null, progress: null, formula: FORMULA, explanation: `${n.reason}，须人工判断` };
  const { target: t, current: a } = n;
  if (a.lte(0)) return { light: "green", progress: null, formula: FORMULA, explanation: "当前值为0，未超出，绿灯" };
  if (!(options.cumulative ?? isCumulative(n.unit, options.name))) {
    if (a.lte(t)) {
      return {
        light: "green",
        progress: null,
        formula: LEVEL_FORMULA,
        explanation: `当前值 ${a.toString()} 未超过指标值 ${t.toString()}，绿灯`,
      };
    }
    const level = t.times(100).dividedBy(a);
    const light = bandLight(level, s);
    return {
      light,
      progress: level.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
      formula: LEVEL_FORMULA,
      explanation: `当前值 ${a.toString()} 超过指标值 ${t.toString()}，比值 ${showPercent(level)}，${LIGHT_NAMES[light]}`,
    };
  }
  if (a.gt(t)) {
    return {
      light: "red",
      progress: t.times(options.month).times(100).dividedBy(a.times(12)).toDecimalPlaces(4).toNumber(),
      formula: FORMULA,
      explanation: `当前值 ${a.toString()} 已超过年度指标值 ${t.toString()}，红灯`,
    };
  }
  const p = t.times(options.month).times(100).dividedBy(a.times(12));
  const light = bandLight(p, s);
  return {
    light,
    progress: p.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
    formula: FORMULA,
    explanation: `截至${options.month}月允许 ${t
      .times(options.month)
      .dividedBy(12)
      .toDecimalPlaces(2)
      .toString()}，当前 ${a.toString()}，进度比 ${showPercent(p)}，${LIGHT_NAMES[light]}`,
  };
}
