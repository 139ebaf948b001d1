import { sql } from "drizzle-orm";
import type { Db } from "../database.ts";
import { queryRows } from "../query-rows.ts";

export interface OverviewRow {
  departmentId: string | null;
  departmentName: string | null;
  state: string;
  documents: number;
  projects: number;
  /** Sum of project budgets converted to 元, as exact decimal text. */
  budgetYuan: string;
}

/**
 * The region overview of a year: documents, projects and budget (元) by department and workflow state.
 * One pass over projects (index projects_region_department_idx) joined to their documents.
 */
export async function regionOverview(db: Db, options: { regionId: string; year: number }): Promise<OverviewRow[]> {
  return queryRows<OverviewRow>(
    db,
    sql`
      select d.department_id as "departmentId", dep.name as "departmentName", d.state,
             count(distinct d.id)::int as documents, count(p.id)::int as projects,
             coalesce(sum(p.budget_total_yuan), 0)::text as "budgetYuan"
      from documents d
      left join projects p on p.document_id = d.id
      left join departments dep on dep.id = d.department_id
      where d.region_id = ${options.regionId} and d.year = ${options.year} and d.deleted_at is null
      group by d.department_id, dep.name, d.state
      order by dep.name collate "C" nulls last, d.state collate "C"`,
  );
}
