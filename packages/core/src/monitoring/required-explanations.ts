import { Decimal } from "decimal.js";
import type { Operator } from "../model/value.ts";
import type { Light } from "./lights.ts";

/** 完成目标可能性 (§1.4). */
export type Likelihood = "确定能" | "有可能" | "完全不可能";

/**
 * Which monitoring fields become mandatory when (§4.4, vendor C8). Regions differ only by these data; presets for
 * the variants seen in the vendor code are in `explanationPolicies`, and a rule pack may carry its own.
 */
export interface ExplanationPolicy {
  /** Lights that make 偏差原因 mandatory (default red and yellow; Ningxia red only). */
  reasonForLights: Light[];
  /** 完成可能性 values that make 偏差原因 mandatory (Tianjin: 有可能, 完全不可能). */
  reasonForLikelihood: Likelihood[];
  /** 完成可能性 values that make 全年预计完成情况 mandatory (Tianjin). */
  forecastForLikelihood: Likelihood[];
  /** Any 偏差原因 selected ⇒ 原因说明 text mandatory (Tianjin, Ningxia). */
  textWhenReasonSelected: boolean;
  /**
   * Hebei: deviate = (当前值 − 年度值) ÷ 年度值 × 100; ≥-type with deviate above this ⇒ 偏差分析 and 说明 mandatory;
   * null: rule off.
   */
  deviationThreshold: number | null;
  /** Hebei: ＝-type with current above target ⇒ 偏差分析 and 说明 mandatory. */
  equalOverTarget: boolean;
}

const BASE: ExplanationPolicy = {
  reasonForLights: [],
  reasonForLikelihood: [],
  forecastForLikelihood: [],
  textWhenReasonSelected: false,
  deviationThreshold: null,
  equalOverTarget: false,
};

export const explanationPolicies = {
  default: { ...BASE, reasonForLights: ["red", "yellow"] },
  tianjin: {
    ...BASE,
    reasonForLikelihood: ["有可能", "完全不可能"],
    forecastForLikelihood: ["有可能", "完全不可能"],
    textWhenReasonSelected: true,
  },
  ningxia: { ...BASE, reasonForLights: ["red"], textWhenReasonSelected: true },
  hebei: { ...BASE, deviationThreshold: 20, equalOverTarget: true },
} satisfies Record<string, ExplanationPolicy>;

export type ExplanationField = "deviationReason" | "deviationText" | "forecast";

export interface RequiredExplanationsOptions {
  light: Light | null;
  likelihood?: Likelihood | null;
  /** 偏差原因 categories selected (经费保障, 制度保障 …). */
  deviationReasons?: readonly string[];
  /** 原因说明 / 偏差原因分析 text. */
  deviationText?: string | null;
  /** 全年预计完成情况. */
  forecast?: string | null;
  /** For the deviation rules: operator, 年度指标值 and 当前值 as numbers in one unit. */
  op?: Operator | null;
  target?: number | null;
  current?: number | null;
  /** Whether the indicator is a total that grows over the year; a rate above target mid-year is no news. */
  cumulative?: boolean;
  /** 执行率 (%) of the project, for the "adjust the target?" advisory. */
  executionRate?: number | null;
  month?: number | null;
  /** A preset of `explanationPolicies` or a pack's own policy; default `explanationPolicies.default`. */
  policy?: Partial<ExplanationPolicy>;
}

export interface RequiredExplanation {
  field: ExplanationField;
  /** Chinese: why it is required. */
  reason: string;
}

export interface RequiredExplanationsResult {
  required: RequiredExplanation[];
  /** The required fields left empty. */
  missing: RequiredExplanation[];
  /** Chinese hints that need no field, e.g. whether the target should be adjusted. */
  advisories: string[];
}

const LIGHT_TEXT: Record<Light, string> = { red: "红灯", yellow: "黄灯", green: "绿灯", blue: "蓝灯" };

/** Which monitoring explanations are mandatory for one indicator row, and which of them are missing (§4.4). */
export function requiredExplanations(options: RequiredExplanationsOptions): RequiredExplanationsResult {
  const policy: ExplanationPolicy = { ...explanationPolicies.default, ...options.policy };
  const required: RequiredExplanation[] = [];
  const need = (field: ExplanationField, reason: string) => {
    if (!required.some((r) => r.field === field)) required.push({ field, reason });
  };
  const reasons = options.deviationReasons ?? [];
  const likelihood = options.likelihood ?? null;

  if (options.light !== null && policy.reasonForLights.includes(options.light)) {
    need("deviationReason", `预警为${LIGHT_TEXT[options.light]}，须填写偏差原因`);
  }
  if (likelihood !== null && policy.reasonForLikelihood.includes(likelihood)) {
    need("deviationReason", `完成目标可能性为“${likelihood}”，须填写偏差原因`);
  }
  if (likelihood !== null && policy.forecastForLikelihood.includes(likelihood)) {
    need("forecast", `完成目标可能性为“${likelihood}”，须填写全年预计完成情况`);
  }
  if (policy.textWhenReasonSelected && reasons.length > 0) {
    need("deviationText", "已选择偏差原因，须填写原因说明");
  }
  const { op, target, current } = options;
  if (target !== null && target !== undefined && current !== null && current !== undefined) {
    if (policy.deviationThreshold !== null && (op === ">=" || op === ">") && target !== 0) {
      const deviate = new Decimal(current).minus(target).dividedBy(target).times(100);
      if (deviate.gt(policy.deviationThreshold)) {
        const d = deviate.toDecimalPlaces(2).toString();
        need("deviationReason", `偏离度 ${d}% 超过 ${policy.deviationThreshold}%，须进行偏差分析`);
        need("deviationText", `偏离度 ${d}% 超过 ${policy.deviationThreshold}%，须填写说明`);
      }
    }
    if (policy.equalOverTarget && op === "=" && new Decimal(current).gt(target)) {
      need("deviationReason", "等于型指标当前值已超过指标值，须进行偏差分析");
      need("deviationText", "等于型指标当前值已超过指标值，须填写说明");
    }
  }

  const missing = required.filter((r) => {
    if (r.field === "deviationReason") return reasons.length === 0 && blank(options.deviationText);
    if (r.field === "deviationText") return blank(options.deviationText);
    return blank(options.forecast);
  });

  const advisories: string[] = [];
  const month = options.month ?? null;
  if (options.executionRate !== null && options.executionRate !== undefined && month !== null && month < 12) {
    if (options.executionRate >= 100) advisories.push("未到年底执行率已达100%，请确认是否需要调整预算或指标值");
  }
  if (
    target !== null &&
    target !== undefined &&
    current !== null &&
    current !== undefined &&
    options.cumulative !== false &&
    (op === ">=" || op === ">" || op === "=")
  ) {
    if (new Decimal(current).gt(target) && (month === null || month < 12)) {
      advisories.push("当前完成值已超过年度指标值，请确认指标值是否需要调整");
    }
  }
  return { required, missing, advisories };
}

function blank(s: string | null | undefined): boolean {
  return s === null || s === undefined || s.trim() === "";
}
