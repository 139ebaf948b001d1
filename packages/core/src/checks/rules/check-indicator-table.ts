import type { SpendPlan } from "../../model/project.ts";
import type { CheckContext, IndicatorTable } from "../context.ts";
import { checkBackLoading, checkCostRow, checkCostTotal } from "./cost-rules.ts";
import { checkFeasibilityRow, checkHistory } from "./feasibility-rules.ts";
import { checkRelevance } from "./relevance-rules.ts";
import { checkBases, checkRowPresence, checkTableStructure } from "./structure-rules.ts";
import { checkValue } from "./value-rules.ts";

/** Runs every row rule and table rule over one indicator table, in row order. */
export function checkIndicatorTable(ctx: CheckContext, table: IndicatorTable, plan: SpendPlan | null = null): void {
  const rows = table.facts;
  for (const f of rows) {
    if (checkRowPresence(ctx, table, f)) continue;
    const identical = checkValue(ctx, table, f, rows);
    checkRelevance(ctx, table, f, identical);
    if (table.kind !== "department" && f.isCost) checkCostRow(ctx, table, f);
    checkFeasibilityRow(ctx, table, f);
    checkHistory(ctx, table, f);
  }
  checkBases(ctx, table, rows);
  if (table.kind !== "department") {
    checkTableStructure(ctx, table, rows);
    if (table.kind === "project") checkCostTotal(ctx, table, rows);
    checkBackLoading(ctx, table, rows, plan);
  }
}
