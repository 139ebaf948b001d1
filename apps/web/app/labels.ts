import type { Severity } from "@jixiao/core";

/** Chinese labels and colours shared by the screens. */
export const KIND_LABELS: Record<string, string> = {
  "performance-text": "绩效文本",
  "department-targets": "部门整体绩效目标表",
  "project-targets": "项目支出绩效目标表",
  "self-evaluation": "绩效自评表",
  monitoring: "绩效运行监控表",
};

export const SEVERITY_TEXT: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
export const SEVERITY_COLOR: Record<Severity, string> = { error: "red", warning: "orange", info: "blue" };

export const STATE_COLOR: Record<string, string> = {
  draft: "default",
  submitted: "processing",
  department_approved: "cyan",
  department_returned: "warning",
  finance_approved: "geekblue",
  finance_returned: "warning",
  approved: "success",
  published: "green",
};

export const GRADE_COLOR: Record<string, string> = { 优: "green", 良: "blue", 中: "orange", 差: "red" };

export const ACTION_LABELS: Record<string, string> = {
  submit: "提交",
  department_approve: "部门审核通过",
  department_return: "部门退回",
  finance_approve: "财政审核通过",
  finance_return: "财政退回",
  approve: "批复",
  publish: "公开",
};

export const VERSION_REASONS: Record<string, string> = {
  import: "导入",
  create: "新建",
  save: "保存",
  restore: "恢复",
};

/** Amounts are shown as written, with the document's unit; null is a dash. */
export function formatAmount(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "—";
  return `${value.toLocaleString("zh-CN", { maximumFractionDigits: 6 })} ${unit}`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value}%`;
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
