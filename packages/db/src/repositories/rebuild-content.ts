import { randomUUID } from "node:crypto";
import { dec, type Indicator, type ParsedValue, type PerformanceDocument, parseValue } from "@jixiao/core";
import { eq } from "drizzle-orm";
import type { Db } from "../database.ts";
import {
  departmentGoals,
  departmentTables,
  indicators,
  monitoringReports,
  projects,
  selfEvaluations,
} from "../schema/index.ts";

type IndicatorRow = typeof indicators.$inferInsert;
type ProjectRow = typeof projects.$inferInsert;

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 1000;

const YUAN: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

export interface RebuildContext {
  regionId: string;
  documentId: string;
  departmentId: string | null;
  year: number | null;
}

/**
 * Replaces the normalised rows (projects, indicators, department goals and tables, monitoring, self-evaluation)
 * of one document by those of `document`. Called in the transaction that saves the version.
 */
export async function rebuildContent(tx: Db, ctx: RebuildContext, document: PerformanceDocument): Promise<void> {
  // Children go with their document by ON DELETE CASCADE from projects; the rest are deleted explicitly.
  await tx.delete(indicators).where(eq(indicators.documentId, ctx.documentId));
  await tx.delete(selfEvaluations).where(eq(selfEvaluations.documentId, ctx.documentId));
  await tx.delete(projects).where(eq(projects.documentId, ctx.documentId));
  await tx.delete(departmentGoals).where(eq(departmentGoals.documentId, ctx.documentId));
  await tx.delete(departmentTables).where(eq(departmentTables.documentId, ctx.documentId));
  await tx.delete(monitoringReports).where(eq(monitoringReports.documentId, ctx.documentId));

  const unit = document.amountUnit;
  const projectRows: ProjectRow[] = [];
  const indicatorRows: IndicatorRow[] = [];
  const evaluationRows: (typeof selfEvaluations.$inferInsert)[] = [];
  for (const [position, p] of document.projects.entries()) {
    const id = randomUUID();
    projectRows.push({
      id,
      regionId: ctx.regionId,
      documentId: ctx.documentId,
      departmentId: ctx.departmentId,
      year: ctx.year,
      position,
      code: p.code,
      name: p.name,
      unitCode: p.unit?.code ?? null,
      unitName: p.unit?.name ?? null,
      amountUnit: unit,
      budgetTotal: num(p.budget?.total),
      budgetFiscal: num(p.budget?.fiscal),
      budgetOther: num(p.budget?.other),
      budgetTotalYuan: yuan(p.budget?.total, unit),
      purpose: p.purpose,
      planMar: num(p.spendPlan?.mar),
      planJun: num(p.spendPlan?.jun),
      planOct: num(p.spendPlan?.oct),
      planDec: num(p.spendPlan?.dec),
      goals: p.goals,
      executionInitial: num(p.execution?.initial),
      executionAnnual: num(p.execution?.annual),
      executionExecuted: num(p.execution?.executed),
      executionWeight: num(p.execution?.weight),
      executionScore: num(p.execution?.score),
      executionRate: num(p.execution?.rate),
      conclusion: p.conclusion ?? null,
    });
    for (const [i, ind] of p.indicators.entries()) indicatorRows.push(indicatorRow(ctx, ind, "project", i, id));
    if (document.kind === "self-evaluation" && p.execution) {
      evaluationRows.push({
        regionId: ctx.regionId,
        documentId: ctx.documentId,
        projectId: id,
        executionAnnual: num(p.execution.annual),
        executionExecuted: num(p.execution.executed),
        executionRate: num(p.execution.rate),
        totalWeight: null,
        totalScore: null,
        grade: null,
        conclusion: p.conclusion ?? null,
      });
    }
  }
  const ev = document.evaluation;
  if (ev) {
    for (const [i, ind] of ev.indicators.entries()) indicatorRows.push(indicatorRow(ctx, ind, "evaluation", i, null));
    evaluationRows.push({
      regionId: ctx.regionId,
      documentId: ctx.documentId,
      projectId: null,
      executionAnnual: num(ev.execution.annual),
      executionExecuted: num(ev.execution.executed),
      executionRate: num(ev.execution.rate),
      totalWeight: num(ev.totalWeight),
      totalScore: num(ev.totalScore),
      grade: ev.grade,
      conclusion: ev.conclusion,
    });
  }
  const table = document.departmentTable;
  if (table) {
    for (const [i, ind] of (table.annual?.indicators ?? []).entries()) {
      indicatorRows.push(indicatorRow(ctx, ind, "department_annual", i, null));
    }
    for (const [i, ind] of (table.longTerm?.indicators ?? []).entries()) {
      indicatorRows.push(indicatorRow(ctx, ind, "department_long_term", i, null));
    }
    await tx.insert(departmentTables).values({
      regionId: ctx.regionId,
      documentId: ctx.documentId,
      name: table.name,
      preparer: table.preparer,
      phone: table.phone,
      incomeTotal: num(table.funds?.incomeTotal?.amount),
      expenseTotal: num(table.funds?.expenseTotal?.amount),
      longTermDeadline: table.longTerm?.deadline ?? null,
      longTermGoal: table.longTerm?.goal ?? null,
      annualGoal: table.annual?.goal ?? null,
      functions: table.functions,
      tasks: table.tasks,
    });
  }
  const overall = document.overall;
  if (overall) {
    const goals = [
      ...(overall.summary ? [{ title: "总体绩效目标", goal: overall.summary, indicators: null }] : []),
      ...overall.items,
    ];
    if (goals.length > 0) {
      await tx.insert(departmentGoals).values(
        goals.map((g, position) => ({
          regionId: ctx.regionId,
          documentId: ctx.documentId,
          position,
          title: g.title,
          goal: g.goal,
          indicators: g.indicators,
        })),
      );
    }
  }
  if (document.kind === "monitoring") {
    await tx.insert(monitoringReports).values({
      regionId: ctx.regionId,
      documentId: ctx.documentId,
      month: document.monitoring?.month ?? null,
      annualYuan: sumYuan(
        document.projects.map((p) => p.execution?.annual),
        unit,
      ),
      executedYuan: sumYuan(
        document.projects.map((p) => p.execution?.executed),
        unit,
      ),
      projectCount: document.projects.length,
    });
  }
  for (let i = 0; i < projectRows.length; i += CHUNK) await tx.insert(projects).values(projectRows.slice(i, i + CHUNK));
  for (let i = 0; i < indicatorRows.length; i += CHUNK) {
    await tx.insert(indicators).values(indicatorRows.slice(i, i + CHUNK));
  }
  if (evaluationRows.length > 0) await tx.insert(selfEvaluations).values(evaluationRows);
}

/**
 * The parsed 指标值 for the queryable columns: the reader's (or editor's) `targetParsed`, else the value grammar's
 * reading of the text with its 度量单位 — the same precedence the checks use, so a document typed in through the API
 * is as queryable as an imported one.
 */
function targetValueOf(ind: Indicator): ParsedValue | null {
  if (ind.targetParsed) return ind.targetParsed;
  const target = ind.target?.trim() ?? "";
  if (target === "") return null;
  const unit = ind.measureUnit?.trim() ?? "";
  return parseValue(unit === "" || target.endsWith(unit) ? target : `${target}${unit}`).value;
}

function indicatorRow(
  ctx: RebuildContext,
  ind: Indicator,
  scope: string,
  position: number,
  projectId: string | null,
): IndicatorRow {
  const t = targetValueOf(ind);
  return {
    regionId: ctx.regionId,
    documentId: ctx.documentId,
    projectId,
    scope,
    position,
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    description: ind.description,
    target: ind.target,
    targetKind: t?.kind ?? null,
    targetOp: t?.op ?? null,
    targetValue: num(t?.value),
    targetUnit: t?.unit ?? null,
    targetText: t?.text ?? null,
    measureUnit: ind.measureUnit ?? null,
    basis: ind.basis,
    goalNo: ind.goalNo,
    actual: ind.actual,
    forecast: ind.forecast ?? null,
    weight: num(ind.weight),
    score: num(ind.score),
    deviation: ind.deviation,
    indicatorClass: ind.indicatorClass ?? null,
  };
}

/** A JSON number as exact numeric text (the shortest decimal that round-trips, which is what the source wrote). */
export function num(v: number | null | undefined): string | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : dec(v).toFixed();
}

function yuan(v: number | null | undefined, unit: string): string | null {
  const factor = YUAN[unit];
  return v === null || v === undefined || factor === undefined ? null : dec(v).times(factor).toFixed();
}

function sumYuan(values: (number | null | undefined)[], unit: string): string | null {
  const present = values.filter((v): v is number => v !== null && v !== undefined);
  if (present.length === 0) return null;
  const factor = YUAN[unit] ?? 1;
  return present
    .reduce((acc, v) => acc.plus(dec(v)), dec(0))
    .times(factor)
    .toFixed();
}
