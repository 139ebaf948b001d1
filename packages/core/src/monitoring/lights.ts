import { Decimal } from "decimal.js";

/** 预警 colours (domain-rules §4.3): blue marks over-achievement (target probably set too low). */
export type Light = "red" | "yellow" | "green" | "blue";

export interface LightResult {
  /** null when the light cannot be decided (a person must judge). */
  light: Light | null;
  /** The progress figure p (%) the bands apply to; null when not computed. */
  progress: number | null;
  formula: string;
  /** Chinese, with the numbers. */
  explanation: string;
}

/** Band limits of p (%), per rule pack: p < red ⇒ red, red ≤ p < yellow ⇒ yellow, else green; blue from `blueRatio`. */
export interface LightSettings {
  red: number;
  yellow: number;
  /** 当前完成值 ÷ 年度指标值 at or above which a 正向 indicator lights blue (1.2 = 120 %). */
  blueRatio: number;
  /**
   * Whether rates (unit %, ‰) are measured against time progress like counts (vendor C4, default) or directly
   * (a 满意度 of 95 % in June is not "ahead of time"): p = current ÷ target × 100.
   */
  prorateRates: boolean;
}

export const defaultLightSettings: LightSettings = { red: 60, yellow: 80, blueRatio: 1.2, prorateRates: true };

export function resolveLightSettings(overrides?: Partial<LightSettings>): LightSettings {
  return overrides === undefined ? defaultLightSettings : { ...defaultLightSettings, ...overrides };
}

/** The 60/80 bands on a progress figure computed in decimal. */
export function bandLight(p: Decimal, s: LightSettings): Light {
  if (p.lt(s.red)) return "red";
  if (p.lt(s.yellow)) return "yellow";
  return "green";
}

export const LIGHT_NAMES: Record<Light, string> = { red: "红灯", yellow: "黄灯", green: "绿灯", blue: "蓝灯" };

export function showPercent(p: Decimal): string {
  return `${p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()}%`;
}

export function validMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}
