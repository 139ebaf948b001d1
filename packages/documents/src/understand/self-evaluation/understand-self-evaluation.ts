import type { Evaluation, PerformanceDocument, Project } from "@jixiao/core";
import { FORMAT } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { flattenBlocks } from "../flatten.ts";
import type { ReadResult, ReadWarning } from "../read-result.ts";
import { type EvaluationForm, readEvaluationForms } from "./read-evaluation-form.ts";
import { executionOf } from "./read-sections.ts";

/** True when blocks look like a 绩效自评表 (department 整体支出 or one project). */
export function isSelfEvaluation(blocks: readonly Block[]): boolean {
  const text = flattenBlocks(blocks.slice(0, 60))
    .map((i) => (i.kind === "paragraph" ? (i.text ?? "") : i.cells.join("|")))
    .join("|");
  return /自评表|自评结论|绩效自评|绩效评价表/.test(text) && /得分/.test(text);
}

/**
 * Understands 绩效自评表 documents: the department 整体支出 form (Tianjin, seed 002: `evaluation`, rows grouped by
 * 绩效目标N) and 项目支出 forms (domain-rules §6.9: one project each, execution and stated totals set). A document
 * with one project form also gets that form as `evaluation`, so scoring reads one shape for both kinds; with a
 * department form, `evaluation` is the department's. totalWeight is the 分值 the 总分 row states (100 = budget 10 +
 * indicators 90), not a sum.
 */
export function understandSelfEvaluation(options: { blocks: readonly Block[] }): ReadResult {
  const forms = readEvaluationForms(options);
  const warnings: ReadWarning[] = [];
  for (const form of forms) {
    const where = form.projectName === null ? "" : `（项目“${form.projectName}”）`;
    warnings.push(...form.warnings);
    if (form.execution === null)
      warnings.push({
        code: "execution_missing",
        message: `未找到预算执行情况（年初预算数、全年预算数、全年执行数）${where}`,
      });
    if (form.indicators.length === 0)
      warnings.push({ code: "indicators_missing", message: `未找到绩效指标完成情况表${where}` });
  }
  const projectForms = forms.filter((f) => f.projectName !== null);
  const departmentForm = forms.find((f) => f.projectName === null && (f.execution !== null || f.indicators.length > 0));
  const evaluationForm = departmentForm ?? (projectForms.length === 1 ? projectForms[0] : undefined);
  const head = forms[0] as EvaluationForm;
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: "self-evaluation",
    title: head.title,
    year: head.year,
    department: head.department === null ? null : { code: null, name: head.department },
    amountUnit: head.amountUnit ?? "万元",
    overall: null,
    departmentTable: null,
    projects: projectForms.map(projectOf),
    evaluation: evaluationForm === undefined ? null : evaluationOf(evaluationForm),
  };
  return { document, warnings };
}

function evaluationOf(form: EvaluationForm): Evaluation {
  return {
    execution: form.execution ?? executionOf({}),
    executionDeviation: form.executionDeviation,
    goals: form.goals,
    goalsDeviation: form.goalsDeviation,
    indicators: form.indicators,
    totalWeight: form.totalWeight,
    totalScore: form.totalScore,
    grade: gradeOf(form.gradeText) ?? gradeOf(form.conclusion),
    conclusion: form.conclusion,
  };
}

function projectOf(form: EvaluationForm): Project {
  const achieved = form.goals.map((g) => g.achieved).filter((a): a is string => a !== null);
  return {
    code: null,
    name: form.projectName ?? "",
    unit: form.unitName === null ? null : { code: null, name: form.unitName },
    budget: null,
    purpose: null,
    spendPlan: null,
    goals: form.goals.map((g) => g.goal),
    indicators: form.indicators,
    execution: form.execution ?? executionOf({}),
    executionDeviation: form.executionDeviation,
    goalsAchieved: achieved.length > 0 ? achieved.join("") : null,
    totalWeight: form.totalWeight,
    totalScore: form.totalScore,
    grade: gradeOf(form.gradeText) ?? gradeOf(form.conclusion),
    conclusion: form.conclusion,
  };
}

function gradeOf(text: string | null): Evaluation["grade"] {
  if (text === null) return null;
  if (/^(优|良|中|差)/.test(text) && text.length <= 4) return text[0] as Evaluation["grade"];
  const m = /等级(?:为|是|评定为|[:：])?\s*[“"「]?(优秀?|良好?|中等?|差|较差)/.exec(text);
  const g = m?.[1]?.[0];
  if (g === "较") return "差";
  return g === "优" || g === "良" || g === "中" || g === "差" ? g : null;
}
