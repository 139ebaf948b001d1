import { Decimal } from "decimal.js";
import type { Num } from "../decimal.ts";
import {
  bandLight,
  LIGHT_NAMES,
  type LightResult,
  type LightSettings,
  resolveLightSettings,
  showPercent,
  validMonth,
} from "./lights.ts";

export interface LightBudgetExecutionOptions {
  /** 执行率 in % (执行数 ÷ 全年预算数 × 100); or give `annual` and `executed`. */
  rate?: Num | null;
  annual?: Num | null;
  executed?: Num | null;
  /** Month of the cut-off (1–X月), 1–12. */
  month: number;
  settings?: Partial<LightSettings>;
}

const FORMULA = "p = 执行率 ÷ (月份 ÷ 12 × 100%) × 100";

/**
 * Budget execution light (§4.3, vendor C2 `bgttracewarn`): p = 执行率 ÷ time progress; p < 60 red, 60 ≤ p < 80
 * yellow, p ≥ 80 green. July with 35 % spent: p = 35 ÷ 58.33 = 60 ⇒ yellow.
 */
export function lightBudgetExecution(options: LightBudgetExecutionOptions): LightResult {
  const s = resolveLightSettings(options.settings);
  if (!validMonth(options.month)) {
    return { light: null, progress: null, formula: FORMULA, explanation: `月份“${options.month}”无效` };
  }
  let rate: Decimal | null = null;
  if (options.rate !== null && options.rate !== undefined) rate = new Decimal(options.rate);
  else if (
    options.annual !== null &&
    options.annual !== undefined &&
    options.executed !== null &&
    options.executed !== undefined
  ) {
    if (new Decimal(options.annual).lte(0)) {
      return { light: null, progress: null, formula: FORMULA, explanation: "全年预算数为0，无法计算执行率" };
    }
    rate = new Decimal(options.executed).dividedBy(options.annual).times(100);
  }
  if (rate === null) return { light: null, progress: null, formula: FORMULA, explanation: "缺少执行率或预算、执行数" };
  // rate ÷ (month/12 × 100) × 100 = rate × 12 ÷ month, exact for July.
  const p = rate.times(12).dividedBy(options.month);
  const light = bandLight(p, s);
  const timeProgress = new Decimal(options.month).dividedBy(12).times(100);
  return {
    light,
    progress: p.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
    formula: FORMULA,
    explanation: `截至${options.month}月执行率 ${showPercent(rate)}，时间进度 ${showPercent(timeProgress)}，进度比 ${showPercent(
      p,
    )}，${LIGHT_NAMES[light]}`,
  };
}
