/** Findings are data: the engine never throws, the UI and the CLI render them through `rule-catalog.ts`. */
export type Severity = "error" | "warning" | "info";

/** 88号-style review dimensions (domain-rules §3). */
export type Dimension = "完整性" | "相关性" | "适当性" | "可行性";

/** Where in a document a finding points. */
export type FindingSection =
  | "document"
  | "overall"
  | "departmentTable"
  | "departmentTable.longTerm"
  | "departmentTable.annual"
  | "project"
  | "evaluation";

export interface FindingLocation {
  section: FindingSection;
  projectIndex?: number;
  projectName?: string;
  indicatorIndex?: number;
  /** The field the finding is about: `code`, `budget`, `spendPlan`, `target`, `actual`, `score` … */
  field?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  dimension: Dimension;
  /** Chinese, names the offending values. */
  message: string;
  location: FindingLocation;
  /** The values that triggered the finding. */
  evidence: Record<string, unknown>;
  /** What to write instead, concrete where the data allows; null when only a person can say. */
  suggestion: string | null;
}

/** 审核结论 (domain-rules §3.8): any error ⇒ 差; only warnings ⇒ 中; only info ⇒ 良; none ⇒ 优. */
export type ReviewGrade = "优" | "良" | "中" | "差";

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface Verdict {
  grade: ReviewGrade;
  /** Chinese: what the grade means for the workflow. */
  label: string;
  counts: SeverityCounts;
  byDimension: Record<Dimension, SeverityCounts>;
}

export interface ProjectVerdict {
  index: number;
  name: string;
  verdict: Verdict;
}

export interface CheckReport {
  pack: { id: string; name: string };
  findings: Finding[];
  verdict: Verdict;
  projects: ProjectVerdict[];
}
