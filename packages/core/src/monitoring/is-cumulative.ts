import { measureUnitKind } from "../value/units.ts";

const PER_ITEM_WORDS = ["平均", "单个", "单位", "每", "人均", "户均", "率"];

/**
 * Whether an indicator's value accumulates over the year (a total: 举办活动场次, 项目总成本), so that progress is
 * judged against time, or is a level read as it stands (a rate, a duration, a unit cost: 单个项目平均补助金额 ≤25万元).
 */
export function isCumulative(unit: string | null, name?: string | null): boolean {
  if (unit?.includes("/")) return false;
  const kind = measureUnitKind(unit);
  if (kind === "percent" || kind === "time") return false;
  if (name !== null && name !== undefined) for (const w of PER_ITEM_WORDS) if (name.includes(w)) return false;
  return true;
}
