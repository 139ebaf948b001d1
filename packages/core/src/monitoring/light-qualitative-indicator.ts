import { qualitativeBand } from "../value/qualitative-band.ts";
import type { LightResult } from "./lights.ts";

export interface LightQualitativeIndicatorOptions {
  /** 当前完成情况 of a 定性 indicator: 达成年度指标 · 部分达成… · 未达成… (or the monitoring wording …目标). */
  current: string | null;
}

/** 定性 indicator light (§4.3, vendor C5): 达成 ⇒ green, 部分达成 ⇒ yellow, 未达成 ⇒ red; other wording ⇒ null. */
export function lightQualitativeIndicator(options: LightQualitativeIndicatorOptions): LightResult {
  const formula = "达成 ⇒ 绿灯；部分达成 ⇒ 黄灯；未达成 ⇒ 红灯";
  const band = qualitativeBand(options.current === null ? null : options.current.trim());
  switch (band) {
    case "achieved":
      return { light: "green", progress: null, formula, explanation: "定性指标达成目标，绿灯" };
    case "partial":
      return { light: "yellow", progress: null, formula, explanation: "定性指标部分达成目标，黄灯" };
    case "not_achieved":
      return { light: "red", progress: null, formula, explanation: "定性指标未达成目标，红灯" };
    default:
      return {
        light: null,
        progress: null,
        formula,
        explanation: "完成情况未写明达成程度（达成/部分达成/未达成），须人工判断",
      };
  }
}
