/** The three 定性 result bands of 自评 and monitoring (domain-rules §1.4, §6.6, §4.3). */
export type QualitativeBand = "achieved" | "partial" | "not_achieved";

const NOT_ACHIEVED = ["未达成", "未达到", "未完成", "效果较差"];
const PARTIAL = ["部分达成", "部分达到", "基本达成", "部分完成"];
const ACHIEVED = ["全部达成", "全部达到", "全面达成", "全部完成"];
const ACHIEVED_OPENINGS = ["达成", "已达成", "已达到", "达到预期"];

/**
 * Which band a 定性 result text names: 达成年度指标 / 达成目标 / …全部达到预期指标 → achieved; 部分达成… → partial;
 * 未达成… / …效果较差 → not_achieved; null for other wording (良好, 明显提升 …), which a person has to place.
 */
export function qualitativeBand(text: string | null): QualitativeBand | null {
  if (text === null) return null;
  for (const w of NOT_ACHIEVED) if (text.includes(w)) return "not_achieved";
  for (const w of PARTIAL) if (text.includes(w)) return "partial";
  for (const w of ACHIEVED) if (text.includes(w)) return "achieved";
  for (const w of ACHIEVED_OPENINGS) if (text.startsWith(w)) return "achieved";
  return null;
}
