import type { ParsedValue } from "../model/value.ts";
import { parseValue } from "../value/parse-value.ts";
import type { ValueInput } from "./indicator-numbers.ts";
import { lightPositiveIndicator } from "./light-positive-indicator.ts";
import { lightQualitativeIndicator } from "./light-qualitative-indicator.ts";
import { lightReverseIndicator } from "./light-reverse-indicator.ts";
import type { LightResult, LightSettings } from "./lights.ts";

export interface LightIndicatorOptions {
  /** 年度指标值: text or parsed. */
  target: string | ParsedValue | null;
  /** 1–X月执行情况. */
  current: ValueInput;
  month: number;
  /** 三级指标 name: tells levels (单个/平均 …) from totals for reverse indicators. */
  name?: string | null;
  settings?: Partial<LightSettings>;
}

/**
 * The light of one indicator row, by the kind of its target: ≥ ＞ ＝ (and no operator) ⇒ positive light,
 * ≤ ＜ ⇒ reverse light, 定性 ⇒ qualitative light; deadlines and 是/否 ⇒ null (a person judges progress on them).
 */
export function lightIndicator(options: LightIndicatorOptions): LightResult {
  const target = typeof options.target === "string" ? parseValue(options.target).value : options.target;
  if (target === null) {
    return { light: null, progress: null, formula: "", explanation: "年度指标值为空或为占位内容，须人工判断" };
  }
  switch (target.kind) {
    case "quantitative":
      return target.op === "<=" || target.op === "<"
        ? lightReverseIndicator({
            target,
            current: options.current,
            month: options.month,
            name: options.name,
            settings: options.settings,
          })
        : lightPositiveIndicator({
            target,
            current: options.current,
            month: options.month,
            settings: options.settings,
          });
    case "qualitative": {
      const c = options.current;
      const text = typeof c === "string" ? c : c !== null && typeof c === "object" ? c.text : null;
      return lightQualitativeIndicator({ current: text });
    }
    default:
      return {
        light: null,
        progress: null,
        formula: "",
        explanation: target.kind === "deadline" ? "时限指标按是否如期推进人工判断" : "是/否型指标须人工判断",
      };
  }
}
