import { Decimal } from "decimal.js";
import { measureUnitKind } from "../value/units.ts";
import { indicatorNumbers, type ValueInput } from "./indicator-numbers.ts";
import {
  bandLight,
  LIGHT_NAMES,
  type LightResult,
  type LightSettings,
  resolveLightSettings,
  showPercent,
  validMonth,
} from "./lights.ts";

export interface LightPositiveIndicatorOptions {
  /** 年度指标值 (≥ / ＞ / ＝ type). */
  target: ValueInput;
  /** 1–X月执行情况 (当前完成值). */
  current: ValueInput;
  month: number;
  settings?: Partial<LightSettings>;
}

const FORMULA = "p = 当前完成值 ÷ (年度指标值 ÷ 12 × 月份) × 100";
const DIRECT_FORMULA = "p = 当前完成值 ÷ 年度指标值 × 100（比率类指标不按时间进度折算）";

/**
 * 正向 indicator light (§4.3, vendor C4 `positiveindex01`): target 0 ⇒ red; 当前完成值 ÷ 年度指标值 ≥ 120 % ⇒ blue
 * (over-achievement, target probably too low); else the 60/80 bands on p, the progress against time.
 */
export function lightPositiveIndicator(options: LightPositiveIndicatorOptions): LightResult {
  const s = resolveLightSettings(options.settings);
  if (!validMonth(options.month)) {
    return { light: null, progress: null, formula: FORMULA, explanation: `月份“${options.month}”无效` };
  }
  const n = indicatorNumbers(options.target, options.current);
  if (!n.ok) return { light: null, progress: null, formula: FORMULA, explanation: `${n.reason}，须人工判断` };
  const { target: t, current: a } = n;
  if (t.isZero()) {
    return { light: "red", progress: null, formula: FORMULA, explanation: "年度指标值为0，无法衡量进度，红灯" };
  }
  const ratio = a.dividedBy(t);
  const direct = !s.prorateRates && measureUnitKind(n.unit) === "percent";
  const p = direct ? ratio.times(100) : a.times(12).times(100).dividedBy(t.times(options.month));
  const progress = p.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
  if (ratio.gte(s.blueRatio)) {
    return {
      light: "blue",
      progress,
      formula: direct ? DIRECT_FORMULA : FORMULA,
      explanation: `当前完成值已达年度指标值的 ${showPercent(ratio.times(100))}，超过${showPercent(
        new Decimal(s.blueRatio).times(100),
      )}，蓝灯（指标值可能偏低）`,
    };
  }
  const light = bandLight(p, s);
  return {
    light,
    progress,
    formula: direct ? DIRECT_FORMULA : FORMULA,
    explanation: direct
      ? `截至${options.month}月达到 ${a.toString()}%，为指标值 ${t.toString()}% 的 ${showPercent(p)}，${LIGHT_NAMES[light]}`
      : `截至${options.month}月完成 ${a.toString()}，按时间进度应完成 ${t
          .dividedBy(12)
          .times(options.month)
          .toDecimalPlaces(2)
          .toString()}，进度比 ${showPercent(p)}，${LIGHT_NAMES[light]}`,
  };
}
