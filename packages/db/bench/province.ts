import { sql } from "drizzle-orm";
import pg from "pg";
import type { Database } from "../src/database.ts";
import { openDatabase } from "../src/open-database.ts";
import { queryRows } from "../src/query-rows.ts";

export const PROVINCE = { departments: 2000, projectsPerDepartment: 20, indicatorsPerProject: 15, year: 2025 };
const STATES = ["draft", "submitted", "department_approved", "department_returned", "finance_approved", "approved"];

/**
 * A synthetic province in its own PostgreSQL database `bench_province`: 2,000 departments, 40,000 projects and
 * 600,000 indicator rows, generated in SQL (generate_series) — reused when already loaded.
 */
export async function openProvince(
  baseUrl: string,
  poolSize: number,
): Promise<{ database: Database; regionId: string; loadSeconds: number | null }> {
  const url = new URL(baseUrl);
  url.pathname = "/bench_province";
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = 'bench_province'");
    if (exists.rowCount === 0) await admin.query("create database bench_province");
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: url.toString(), poolSize });
  const [loaded] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from regions where code = 'bench-province'`,
  );
  if (loaded) return { database, regionId: loaded.id, loadSeconds: null };
  const t0 = performance.now();
  const regionId = await load(database);
  return { database, regionId, loadSeconds: Math.round(performance.now() - t0) / 1000 };
}

async function load(database: Database): Promise<string> {
  const { departments: nd, projectsPerDepartment: pp, indicatorsPerProject: ip, year } = PROVINCE;
  return database
    .transaction(async (tx) => {
      const [region] = await queryRows<{ id: string }>(
        tx,
        sql`insert into regions (code, name) values ('bench-province', '基准测试省') returning id`,
      );
      if (!region) throw new Error("no region");
      const r = region.id;
      await tx.execute(sql`
      insert into departments (region_id, code, name)
      select ${r}::uuid, lpad(g::text, 6, '0'), '部门' || g from generate_series(1, ${nd}) g`);
      const body = JSON.stringify({
        format: "jixiao/v1",
        kind: "performance-text",
        title: "基准测试",
        year,
        department: null,
        amountUnit: "万元",
        overall: null,
        departmentTable: null,
        projects: [],
        evaluation: null,
      });
      const states = sql.raw(`(array['${STATES.join("','")}'])`);
      await tx.execute(sql`
      insert into documents (region_id, department_id, year, kind, title, state, amount_unit)
      select d.region_id, d.id, ${year}, 'performance-text', d.name || '绩效文本',
             ${states}[1 + (row_number() over (order by d.code))::int % ${STATES.length}], '万元'
      from departments d where d.region_id = ${r}::uuid`);
      await tx.execute(sql`
      insert into document_versions (region_id, document_id, version, body, reason)
      select region_id, id, 1, ${body}::jsonb, 'import' from documents where region_id = ${r}::uuid`);
      await tx.execute(sql`
      insert into projects (region_id, document_id, department_id, year, position, code, name, unit_name, amount_unit,
                            budget_total, budget_fiscal, budget_other, budget_total_yuan, purpose,
                            plan_mar, plan_jun, plan_oct, plan_dec, goals)
      select d.region_id, d.id, d.department_id, d.year, g, 'P' || d.id || '-' || g, '项目' || g, '本级', '万元',
             round((random() * 1000)::numeric, 2) as total, 0, 0, 0, '资金用途', 25, 50, 75, 100, '["目标"]'::jsonb
      from documents d cross join generate_series(0, ${pp - 1}) g where d.region_id = ${r}::uuid`);
      await tx.execute(
        sql`update projects set budget_fiscal = budget_total, budget_total_yuan = budget_total * 10000 where region_id = ${r}::uuid`,
      );
      await tx.execute(sql`
      insert into indicators (region_id, document_id, project_id, scope, position, level1, level2, name, target,
                              target_kind, target_op, target_value, target_unit, basis)
      select p.region_id, p.document_id, p.id, 'project', g,
             (array['产出指标','效益指标','满意度指标'])[1 + g % 3], '数量指标', '指标' || g, '≥' || g || '家',
             'quantitative', '>=', g, '家', '计划标准'
      from projects p cross join generate_series(0, ${ip - 1}) g where p.region_id = ${r}::uuid`);
      return r;
    })
    .then(async (r) => {
      await database.db.execute(sql`analyze`);
      return r;
    });
}

export async function provinceCounts(database: Database, regionId: string): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    database.db,
    sql`select (select count(*)::int from departments where region_id = ${regionId}) as departments,
               (select count(*)::int from projects where region_id = ${regionId}) as projects,
               (select count(*)::int from indicators where region_id = ${regionId}) as indicators`,
  );
  return row ?? {};
}
