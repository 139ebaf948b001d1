/**
 * Reading one project with its indicators through the API (real HTTP on 127.0.0.1, 50 concurrent connections, a
 * bounded number of requests) side by side with the same query on the bare driver (PGlite's own client / `pg` Pool),
 * on PGlite and on PostgreSQL. Goals: API p99 ≤ 20 ms and API throughput ≥ 50 % of the bare driver's.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { PerformanceDocument } from "@jixiao/core";
import {
  createDocument,
  createRegion,
  createSession,
  createUser,
  type Database,
  findOrCreateDepartment,
  MEMORY,
  openDatabase,
  openTestDatabase,
} from "@jixiao/db";
import { summarize } from "../../../scripts/bench-util.ts";
import { readUpload } from "../src/adapters/read-document.ts";
import { buildApp } from "../src/app.ts";
import { hashPassword } from "../src/auth/password.ts";
import { hashToken, newSessionToken } from "../src/auth/tokens.ts";
import { testConfig } from "../src/config.ts";
import { SEEDS_DIR } from "../src/seed/seed-demo.ts";

const CONCURRENCY = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const WARMUP = 1000;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The SQL the repository runs for one document (documents ⋈ current document_versions), verbatim on the bare driver. */
const SQL = `select d.id, d.region_id, d.department_id, d.unit_id, d.year, d.kind, d.title, d.state, d.version,
  d.amount_unit, d.source_file_id, d.relates_to_document_id, d.created_by, d.updated_by, d.created_at, d.updated_at,
  d.deleted_at, v.body
  from documents d join document_versions v on v.document_id = d.id and v.version = d.version
  where d.region_id = $1 and d.id = $2 and d.deleted_at is null`;

interface Client {
  query(text: string, params: unknown[]): Promise<{ rows: { body: unknown }[] }>;
}

async function pool(
  total: number,
  concurrency: number,
  one: () => Promise<void>,
): Promise<{ wallMs: number; samples: number[] }> {
  const samples: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const s = performance.now();
        await one();
        samples.push(performance.now() - s);
      }
    }),
  );
  return { wallMs: performance.now() - t0, samples };
}

function loadDocument(): PerformanceDocument | Promise<PerformanceDocument> {
  const file = "001_84b2129734047c8f.txt";
  return readUpload({ bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, file))), fileName: file }).then(
    (r) => r.document,
  );
}

async function measure(database: Database, label: string): Promise<Record<string, unknown>> {
  const db = database.db;
  const region = await createRegion(db, { code: `bench-${label}`, name: "基准地区" });
  const document = await loadDocument();
  const department = await findOrCreateDepartment(db, {
    regionId: region.id,
    name: document.department?.name ?? "基准部门",
  });
  const user = await createUser(db, {
    regionId: region.id,
    username: `bench-${label}-${Date.now()}`,
    displayName: "基准",
    passwordHash: await hashPassword("Bench-password-1"),
    role: "viewer",
    departmentId: department.id,
  });
  const token = newSessionToken();
  await createSession(db, {
    regionId: region.id,
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const stored = await createDocument(db, { regionId: region.id, document, departmentId: department.id });
  const index = stored.document.projects.reduce(
    (best, p, i, all) => (p.indicators.length > (all[best]?.indicators.length ?? 0) ? i : best),
    0,
  );
  const indicatorCount = stored.document.projects[index]?.indicators.length ?? 0;

  const app = await buildApp({ config: testConfig(), database, secret: "bench-secret-bench-secret-bench-secret-00" });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const path = `/api/documents/${stored.record.id}/projects/${index}`;
  const cookie = `jixiao_session=${token}`;
  let returned = 0;
  // The load generator runs in a worker thread, off the server's event loop (as a separate load tool would).
  const viaApiBatch = (total: number) =>
    new Promise<{ wallMs: number; samples: number[] }>((resolve, reject) => {
      const worker = new Worker(new URL("./http-load.ts", import.meta.url), {
        workerData: { port, path, cookie, total, concurrency: CONCURRENCY },
      });
      worker.once("message", (m: { wallMs: number; samples: number[]; returned: number }) => {
        returned = m.returned;
        resolve(m);
      });
      worker.once("error", reject);
    });
  const client = (db as unknown as { $client: Client }).$client;
  const viaDriver = async () => {
    const { rows } = await client.query(SQL, [region.id, stored.record.id]);
    const body = rows[0]?.body as PerformanceDocument | undefined;
    if (!body?.projects[index]) throw new Error("driver found nothing");
  };
  try {
    await viaApiBatch(WARMUP);
    await pool(WARMUP, CONCURRENCY, viaDriver);
    const api = await viaApiBatch(REQUESTS);
    const bare = await pool(REQUESTS, CONCURRENCY, viaDriver);
    const apiRps = Math.round((REQUESTS * 1000) / api.wallMs);
    const bareRps = Math.round((REQUESTS * 1000) / bare.wallMs);
    const a = summarize(api.samples);
    const b = summarize(bare.samples);
    return {
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      projectIndicators: indicatorCount,
      documentProjects: stored.document.projects.length,
      indicatorsReturned: returned,
      api: { rps: apiRps, p50Ms: a.p50Ms, p99Ms: a.p99Ms, meanMs: a.meanMs },
      bareDriver: { rps: bareRps, p50Ms: b.p50Ms, p99Ms: b.p99Ms, meanMs: b.meanMs },
      throughputRatio: Math.round((apiRps / bareRps) * 100) / 100,
      goals: { p99Under20ms: a.p99Ms <= 20, ratioAtLeastHalf: apiRps / bareRps >= 0.5 },
    };
  } finally {
    await app.close();
  }
}

export default async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { loadAverageAtStart: loadavg().map((x) => Math.round(x * 10) / 10) };
  const lite = await openDatabase({ dataDir: MEMORY });
  try {
    out.pglite = await measure(lite, "pglite");
  } catch (e) {
    out.pglite = { error: e instanceof Error ? e.message : String(e) };
  } finally {
    await lite.close();
  }
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = PG_URL;
  let pg: Database | null = null;
  try {
    pg = await openTestDatabase();
    out.postgres = await measure(pg, "pg");
  } catch (e) {
    out.postgres = { error: e instanceof Error ? e.message : String(e), url: PG_URL };
  } finally {
    await pg?.close();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
  out.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 10) / 10);
  return out;
}
