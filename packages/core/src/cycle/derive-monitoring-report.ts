import { JixiaoError } from "../errors.ts";
import type { PerformanceDocument } from "../model/document.ts";
import { carryProject, projectsToCarry, stageDocument } from "./project-skeleton.ts";

export interface DeriveMonitoringReportOptions {
  /** The approved targets: a 绩效文本 or 项目支出绩效目标表. */
  targets: PerformanceDocument;
  /** Cut-off month of the monitoring round (1–X月): 6 or 7 in most regions. */
  month: number;
}

/**
 * A blank 绩效运行监控表 for the approved projects (§4.2): each project's targets are copied, 全年预算数 starts as the
 * approved 预算数, and the 1–X月 columns, 全年预计, 偏差原因 and 完成可能性 are left for the unit to fill in.
 */
export function deriveMonitoringReport(options: DeriveMonitoringReportOptions): PerformanceDocument {
  const { targets, month } = options;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new JixiaoError("validation", `invalid month ${month}`, { userMessage: "监控截止月份应为1–12的整数" });
  const projects = projectsToCarry(targets, "监控表").map((p) => {
    const carried = carryProject(p, null);
    return { ...carried, execution: carried.execution && { ...carried.execution, forecast: null } };
  });
  return {
    ...stageDocument(targets, "monitoring", `项目支出绩效运行监控表（1-${month}月）`, projects),
    monitoring: { month },
  };
}
