/**
 * Database benchmark (`npm run bench -- db`):
 * 1. reading one project with its indicators through the repository (Drizzle) vs the same two queries on the bare
 *    driver, side by side: PGlite (sequential) and PostgreSQL (sequential and 50 concurrent connections);
 * 2. a synthetic province on PostgreSQL (database bench_province, loaded once and reused): the region overview and a
 *    department page. Goals: overview ≤ 300 ms, project read p99 ≤ 20 ms at 50 connections.
 */
import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import pg from "pg";
import { summarize, type Timing, timeAsync } from "../../../scripts/bench-util.ts";
import type { Db } from "../src/database.ts";
import { queryRows } from "../src/query-rows.ts";
import { importDocument } from "../src/repositories/import-document.ts";
import { regionOverview } from "../src/repositories/overview.ts";
import { getProject, listDepartmentProjects } from "../src/repositories/projects.ts";
import { createRegion } from "../src/repositories/regions.ts";
import * as schema from "../src/schema/index.ts";
import { freshDataDir, sampleDocument } from "../src/testing.ts";
import { openProvince, PROVINCE, provinceCounts } from "./province.ts";

const PROJECT_SQL = "select * from projects where region_id = $1 and id = $2";
const INDICATORS_SQL = "select * from indicators where region_id = $1 and project_id = $2 order by position";

type Query = (text: string, params: unknown[]) => Promise<unknown>;

/** The floor: the same two statements the repository sends, on the bare driver. */
async function bareRead(query: Query, regionId: string, id: string): Promise<void> {
  await query(PROJECT_SQL, [regionId, id]);
  await query(INDICATORS_SQL, [regionId, id]);
}

function pick<T>(xs: T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error("empty sample");
  return x;
}

async function pgliteSide(): Promise<Record<string, unknown>> {
  const dir = await freshDataDir();
  const client = new PGlite({ dataDir: dir });
  try {
    await client.waitReady;
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    const region = await createRegion(db, { code: "bench", name: "基准" });
    await importDocument(db, { regionId: region.id, document: sampleDocument({ projects: 200, indicators: 15 }) });
    const ids = (await client.query<{ id: string }>("select id from projects")).rows.map((r) => r.id);
    let i = 0;
    return await sideBySide(
      () => getProject(db, { regionId: region.id, id: pick(ids, i++) }),
      () => bareRead((t, p) => client.query(t, p), region.id, pick(ids, i++)),
    );
  } finally {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Both sides warmed up first, then measured in alternating rounds so that JIT warm-up, caches and a busy machine
 * weigh on both alike.
 */
async function sideBySide(
  repository: () => Promise<unknown>,
  bare: () => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const samples = { repository: [] as number[], bare: [] as number[] };
  for (let k = 0; k < 200; k++) {
    await repository();
    await bare();
  }
  for (let round = 0; round < 4; round++) {
    for (const name of ["repository", "bare"] as const) {
      const fn = name === "repository" ? repository : bare;
      for (let k = 0; k < 150; k++) {
        const t = performance.now();
        await fn();
        samples[name].push(performance.now() - t);
      }
    }
  }
  return side(summarize(samples.repository), summarize(samples.bare));
}

function side(repository: Timing, bare: Timing): Record<string, unknown> {
  return {
    repository: { ...repository, opsPerSec: Math.round(1000 / repository.meanMs) },
    bare: { ...bare, opsPerSec: Math.round(1000 / bare.meanMs) },
    throughputRatio: round(bare.meanMs / repository.meanMs),
  };
}

/** `workers` loops reading random projects, `perWorker` reads each; throughput over wall time and latency spread. */
async function concurrent(workers: number, perWorker: number, read: (i: number) => Promise<unknown>) {
  // Warm-up round: opens all connections first, so connection set-up is not counted as read latency.
  await Promise.all(Array.from({ length: workers }, (_, w) => read(w)));
  const samples: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let k = 0; k < perWorker; k++) {
        const s = performance.now();
        await read(w * perWorker + k);
        samples.push(performance.now() - s);
      }
    }),
  );
  const wall = performance.now() - t0;
  return { ...summarize(samples), opsPerSec: Math.round((samples.length * 1000) / wall) };
}

async function postgresSide(baseUrl: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const { database, regionId, loadSeconds } = await openProvince(baseUrl, 50);
  const out: Record<string, unknown> = { loadSeconds, reused: loadSeconds === null };
  try {
    out.counts = await provinceCounts(database, regionId);
    const db = database.db;
    const ids = (
      await queryRows<{ id: string }>(
        db,
        sql`select id from projects where region_id = ${regionId} order by random() limit 5000`,
      )
    ).map((r) => r.id);
    const depts = (
      await queryRows<{ id: string }>(
        db,
        sql`select id from departments where region_id = ${regionId} order by random() limit 200`,
      )
    ).map((r) => r.id);
    const url = new URL(baseUrl);
    url.pathname = "/bench_province";
    // One pool of 50 at a time (the bare one is closed before the repository's is used), so the two sides never
    // hold 100 connections together.
    const pool = new pg.Pool({ connectionString: url.toString(), max: 50 });
    let bare50: Awaited<ReturnType<typeof concurrent>>;
    let i = 0;
    try {
      const query: Query = (t, p) => pool.query(t, p);
      out.projectReadSequential = await sideBySide(
        () => getProject(db, { regionId, id: pick(ids, i++) }),
        () => bareRead(query, regionId, pick(ids, i++)),
      );
      bare50 = await concurrent(50, 40, (k) => bareRead(query, regionId, pick(ids, k + 2000)));
    } finally {
      await pool.end();
    }
    {
      const repo50 = await concurrent(50, 40, (k) => getProject(db, { regionId, id: pick(ids, k) }));
      out.projectRead50Connections = {
        repository: repo50,
        bare: bare50,
        throughputRatio: round(repo50.opsPerSec / bare50.opsPerSec),
        goalP99Ms: 20,
      };
      const year = PROVINCE.year;
      const overview = await timeAsync(() => regionOverview(db, { regionId, year }), { warmup: 3, runs: 20 });
      const overviewRows = (await regionOverview(db, { regionId, year })).length;
      let d = 0;
      const departmentPage = await timeAsync(
        () => listDepartmentProjects(db, { regionId, departmentId: pick(depts, d++), year }),
        { warmup: 10, runs: 100 },
      );
      out.regionOverview = { ...overview, rows: overviewRows, goalMs: 300 };
      out.departmentPage = departmentPage;
    }
  } finally {
    await database.close();
  }
  out.totalSeconds = Math.round(performance.now() - t0) / 1000;
  return out;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export default async function bench(): Promise<Record<string, unknown>> {
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const result: Record<string, unknown> = { pglite: await pgliteSide() };
  result.postgres = (await reachable(url))
    ? await postgresSide(url)
    : { skipped: `PostgreSQL not reachable at ${url}` };
  return result;
}
