import type { Evaluation, PerformanceDocument, Project } from "@jixiao/core";
import { FORMAT } from "@jixiao/core";
import type { Block } from "../../blocks.ts";
import { flattenBlocks } from "../flatten.ts";
import type { ReadResult } from "../read-result.ts";
import { readEvaluationForm } from "./read-evaluation-form.ts";
import { executionOf } from "./read-sections.ts";

/** True when blocks look like a 绩效自评表 (department 整体支出 or one project). */
export function isSelfEvaluation(blocks: readonly Block[]): boolean {
  const text = flattenBlocks(blocks.slice(0, 60))
    .map((i) => (i.kind === "paragraph" ? (i.text ?? "") : i.cells.join("|")))
    .join("|");
  return /自评表|自评结论|绩效自评|绩效评价表/.test(text) && /得分/.test(text);
}

/**
 * Understands a 绩效自评表: the department 整体支出 form (Tianjin, seed 002: evaluation with goals and indicator rows
 * grouped by 绩效目标N) and the 项目支出 form (domain-rules §6.9: one project whose execution is set). For a project
 * form the rows are both the project's and the evaluation's, so scoring reads one shape (Evaluation) for both kinds.
 * totalWeight is the 分值 the 总分 row states (100 = budget 10 + indicators 90), not a sum.
 */
export function understandSelfEvaluation(options: { blocks: readonly Block[] }): ReadResult {
  const form = readEvaluationForm(options);
  const warnings = [...form.warnings];
  if (form.execution === null)
    warnings.push({ code: "execution_missing", message: "未找到预算执行情况（年初预算数、全年预算数、全年执行数）" });
  if (form.indicators.length === 0) warnings.push({ code: "indicators_missing", message: "未找到绩效指标完成情况表" });

  const evaluation: Evaluation = {
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
  const achieved = form.goals.map((g) => g.achieved).filter((a): a is string => a !== null);
  const projects: Project[] =
    form.projectName === null
      ? []
      : [
          {
            code: null,
            name: form.projectName,
            unit: form.unitName === null ? null : { code: null, name: form.unitName },
            budget: null,
            purpose: null,
            spendPlan: null,
            goals: form.goals.map((g) => g.goal),
            indicators: form.indicators,
            execution: evaluation.execution,
            executionDeviation: form.executionDeviation,
            goalsAchieved: achieved.length > 0 ? achieved.join("") : null,
            conclusion: form.conclusion,
          },
        ];
  const document: PerformanceDocument = {
    format: FORMAT,
    kind: "self-evaluation",
    title: form.title,
    year: form.year,
    department: form.department === null ? null : { code: null, name: form.department },
    amountUnit: form.amountUnit ?? "万元",
    overall: null,
    departmentTable: null,
    projects,
    evaluation,
  };
  return { document, warnings };
}

function gradeOf(text: string | null): Evaluation["grade"] {
  if (text === null) return null;
  if (/^(优|良|中|差)/.test(text) && text.length <= 4) return text[0] as Evaluation["grade"];
  const m = /等级(?:为|是|评定为|[:：])?\s*[“"「]?(优秀?|良好?|中等?|差|较差)/.exec(text);
  const g = m?.[1]?.[0];
  if (g === "较") return "差";
  return g === "优" || g === "良" || g === "中" || g === "差" ? g : null;
}
