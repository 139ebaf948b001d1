/** The three 定性 result bands of 自评 and monitoring (domain-rules §1.4, §6.6, §4.3). */
export type QualitativeBand = "achieved" | "partial" | "not_achieved";

/**
 * Which band a 定性 result text names: 达成年度指标 / 达成目标 → achieved; 部分达成… → partial; 未达成… / …效果较差 →
 * not_achieved; null for other wording (良好, 明显提升 …), which a person has to place.
 */
export function qualitativeBand(text: string | null): QualitativeBand | null {
  if (text === null) return null;
  if (text.includes("未达成") || text.includes("未达到") || text.includes("效果较差")) return "not_achieved";
  if (text.includes("部分达成") || text.includes("部分达到") || text.includes("基本达成")) return "partial";
  if (
    text.startsWith("达成") ||
    text.startsWith("全部达成") ||
    text.startsWith("已达成") ||
    text.includes("全部达到")
  ) {
    return "achieved";
  }
  return null;
}
