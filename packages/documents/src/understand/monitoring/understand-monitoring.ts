import type { PerformanceDocument, Project } from "@jixiao/core";
import { FORMAT } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { flattenBlocks } from "../flatten.ts";
import type { ReadResult, ReadWarning } from "../read-result.ts";
import { type EvaluationForm, readEvaluationForms } from "../self-evaluation/read-evaluation-form.ts";

/** True when blocks look like a 绩效运行监控表 (1–X月 execution against the year's targets). */
export function isMonitoring(blocks: readonly Block[]): boolean {
  const text = flattenBlocks(blocks.slice(0, 60))
    .map((i) => (i.kind === "paragraph" ? (i.text ?? "") : i.cells.join("|")))
    .join("|");
  return /运行监控|监控表|绩效监控情况/.test(text) && /(?:1|一)\s*[-—–－~～至]\s*\d{1,2}\s*月|全年预计/.test(text);
}

/**
 * Understands a 绩效运行监控表 (domain-rules §4.2): budget block (年初预算数, 全年预算数, 1–X月执行数, 执行率,
 * 全年预计执行数, 偏差原因, 改进措施), 年度总体目标 vs 1–X月实际完成情况, indicator rows with 1–X月执行情况 as
 * `actual`, 全年预计完成情况 as `forecast`, 偏差原因 (+ 改进措施) as `deviation` and 完成目标可能性 as `likelihood`.
 * One project per form (a document may hold several); a form without 项目名称 becomes an entry named after the
 * department.
 */
export function understandMonitoring(options: { blocks: readonly Block[] }): ReadResult {
  const forms = readEvaluationForms(options);
  const warnings: ReadWarning[] = [];
  const head = forms[0] as EvaluationForm;
  const month = forms.find((f) => f.month !== null)?.month ?? null;
  if (month === null) warnings.push({ code: "month_missing", message: "未找到监控截止月份（1-X月）" });
  const projects: Project[] = [];
  for (const form of forms) {
    const name = form.projectName ?? form.department ?? form.title;
    const where = form.projectName === null ? "" : `（项目“${form.projectName}”）`;
    warnings.push(...form.warnings);
    if (form.execution === null)
      warnings.push({
        code: "execution_missing",
        message: `未找到预算执行情况（年初预算数、全年预算数、1-X月执行数）${where}`,
      });
    if (form.indicators.length === 0)
      warnings.push({ code: "indicators_missing", message: `未找到绩效指标执行情况表${where}` });
    if (form.projectName === null)
      warnings.push({ code: "project_name_missing", message: "监控表未写项目名称，已按部门名称或标题记录" });
    if (name === null) continue;
    const achieved = form.goals.map((g) => g.achieved).filter((a): a is string => a !== null);
    projects.push({
      code: null,
      name,
      unit: form.unitName === null ? null : { code: null, name: form.unitName },
      budget: null,
      purpose: null,
      spendPlan: null,
      goals: form.goals.map((g) => g.goal),
      indicators: form.indicators,
      execution: form.execution,
      executionDeviation: form.executionDeviation,
      goalsAchieved: achieved.length > 0 ? achieved.join("") : null,
    });
  }
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: "monitoring",
    title: head.title,
    year: head.year,
    department: head.department === null ? null : { code: null, name: head.department },
    amountUnit: head.amountUnit ?? "万元",
    overall: null,
    departmentTable: null,
    projects,
    evaluation: null,
    monitoring: { month },
  };
  return { document, warnings };
}
