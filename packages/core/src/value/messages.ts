import type { ValueProblem, ValueProblemCode } from "./types.ts";

/** The Chinese text of each value problem; `part` is the offending piece of the value text. */
export function valueProblem(code: ValueProblemCode, part: string): ValueProblem {
  // A message names the part, not a page of it.
  const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
  return { code, message: MESSAGES[code](shown) };
}

const MESSAGES: Record<ValueProblemCode, (part: string) => string> = {
  empty: () => "指标值为空",
  placeholder: (p) => `“${p}”是占位内容，不是指标值`,
  malformed_number: (p) => `数字“${p}”书写有误`,
  missing_operator: (p) => `“${p}”缺少计算符号（≥、＞、＝、≤、＜）`,
  missing_unit: (p) => `“${p}”缺少度量单位`,
  unknown_unit: (p) => `无法识别的度量单位“${p}”`,
  operator_conflict: (p) => `“${p}”与指标值中的计算符号或时限相互矛盾`,
  not_a_value: (p) => `“${p}”是文件名称或过程描述，不是指标值`,
};
