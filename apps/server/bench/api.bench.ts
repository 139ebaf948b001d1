/**
 * Reading one project with its indicators through the API (real HTTP on 127.0.0.1, 50 keep-alive connections)
 * side by side with the same SQL on the bare driver, on PGlite and on PostgreSQL, in the same run.
 * Goals (issue 4): on PostgreSQL at 50 concurrent connections, p99 ≤ 20 ms and API throughput ≥ 50 % of the bare
 * driver's. Two measurements, because a closed loop cannot show the first goal on 2 cores (see `meaning` below):
 * 1. saturation: a closed loop, 50 requests always in flight, both sides, alternating rounds → throughput ratio;
 * 2. fixed load: an open loop at a stated offered rate spread over the 50 connections, both sides → p50/p99.
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import {
  createDocument,
  createRegion,
  createSession,
  createUser,
  type Database,
  documentProjectStatement,
  findOrCreateDepartment,
  getDocumentProject,
  MEMORY,
  openDatabase,
} from "@jixiao/db";
import pg from "pg";
import { summarize } from "../../../scripts/bench-util.ts";
import { readUpload } from "../src/adapters/read-document.ts";
import { buildApp } from "../src/app.ts";
import { hashPassword } from "../src/auth/password.ts";
import { hashToken, newSessionToken } from "../src/auth/tokens.ts";
import { testConfig } from "../src/config.ts";
import { SEEDS_DIR } from "../src/seed/seed-demo.ts";
import { type LoadJob, type LoadResult, openLoopSchedule } from "./load-plan.ts";

const CONNECTIONS = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 4);
/** Offered rates of the open loop, as fractions of the bare driver's saturation throughput measured just before. */
const OPEN_FRACTIONS = (process.env.BENCH_OPEN_FRACTIONS ?? "0.25,0.5").split(",").map(Number);
/** The server's default pool size (open-database.ts); both sides share this one pool. */
const POOL_SIZE = Number(process.env.BENCH_POOL ?? 10);
const SESSION_CACHE_MS = 2000;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const PG_DATABASE = "bench_api";

const MEANING = {
  saturation:
    "Closed loop: each of the 50 connections (API: HTTP keep-alive sockets; bare: 50 concurrent callers of the driver) sends its next request as soon as the previous answer arrives, in alternating rounds API/bare. rps = requests / wall time. Latency here obeys Little's law: mean = 50 / rps (50 in flight), so on 2 cores it measures queueing, not the cost of one read.",
  httpFloor:
    "The same closed loop through the same server on GET /api/health (public, no database): what HTTP, Fastify and the load generator cost alone on this machine.",
  fixedLoad:
    "Open loop: a constant offered rate (stated in `basis`) spread round-robin over the same 50 connections / callers; request k is due at k / rate and its latency runs from that due time, so waiting behind a slow answer on the same connection counts. p50/p99 here are what a user sees at that load.",
  cpu: "serverProcessCpuMsPerRequest: CPU (user+system, all threads) of the process holding the server, the pool and the bare side's callers, per request; loadGeneratorCpuMsPerRequest: the HTTP load generator's process. PostgreSQL's own CPU is not counted on either side.",
  throughputRatio:
    "API saturation rps / bare-driver saturation rps over all rounds, same run, same pool, same SQL; per round too, to show the noise of a shared machine.",
  p99Goal:
    "issue 4: p99 ≤ 20 ms at 50 concurrent connections; judged on the open loop, at 50 % of the bare driver's saturation and at 50 % of the API's own.",
};

interface Client {
  query(
    text: string | { name: string; text: string; values: unknown[] },
    params?: unknown[],
  ): Promise<{ rows: { project_json: string | null }[] }>;
}

function loadDocument(): Promise<PerformanceDocument> {
  const file = "001_84b2129734047c8f.txt";
  return readUpload({ bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, file))), fileName: file }).then(
    (r) => r.document,
  );
}

/** The bare driver's side of the closed loop: `connections` callers, `total` queries. */
async function closedLoop(total: number, connections: number, one: () => Promise<void>): Promise<LoadResult> {
  const samples: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        next++;
        const s = performance.now();
        await one();
        samples.push(performance.now() - s);
      }
    }),
  );
  return { wallMs: performance.now() - t0, samples, returned: 0 };
}

/** The bare driver's side of the open loop: the same schedule and latency rule as http-load.ts. */
async function openLoop(rate: number, seconds: number, connections: number, one: () => Promise<void>) {
  const due = openLoopSchedule(rate, seconds);
  const queues: Promise<void>[] = Array.from({ length: connections }, () => Promise.resolve());
  const samples: number[] = [];
  const t0 = performance.now();
  for (let k = 0; k < due.length; k++) {
    const dueAt = t0 + (due[k] ?? 0);
    const wait = dueAt - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    // from the due time, or from the moment it was issued if the timer fired early: never a negative latency
    const at = Math.min(dueAt, performance.now());
    const i = k % connections;
    queues[i] = (queues[i] as Promise<void>).then(async () => {
      await one();
      samples.push(performance.now() - at);
    });
  }
  await Promise.all(queues);
  return { wallMs: performance.now() - t0, samples, returned: 0 };
}

function loadGenerator(): { run(job: LoadJob): Promise<LoadResult>; stop(): void } {
  const child: ChildProcess = fork(new URL("./http-load.ts", import.meta.url), { stdio: "inherit" });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        child.once("message", (m: LoadResult | { error: string }) =>
          "error" in m ? reject(new Error(m.error)) : resolve(m),
        );
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}

/** Adds the CPU time this (the server's) process spent during `run`. */
async function withServerCpu(run: () => Promise<LoadResult>): Promise<LoadResult & { serverCpuMs: number }> {
  const before = process.cpuUsage();
  const r = await run();
  const cpu = process.cpuUsage(before);
  return { ...r, serverCpuMs: (cpu.user + cpu.system) / 1000 };
}

const perRequest = (ms: number, n: number) => Math.round((ms / Math.max(1, n)) * 1000) / 1000;

function stats(r: (LoadResult & { serverCpuMs?: number })[]) {
  const samples = r.flatMap((x) => x.samples);
  const wallMs = r.reduce((a, x) => a + x.wallMs, 0);
  const s = summarize(samples);
  return {
    requests: samples.length,
    rps: Math.round((samples.length * 1000) / wallMs),
    p50Ms: s.p50Ms,
    p99Ms: s.p99Ms,
    serverProcessCpuMsPerRequest: perRequest(
      r.reduce((x, y) => x + (y.serverCpuMs ?? 0), 0),
      samples.length,
    ),
    ...(r.some((x) => x.cpuMs !== undefined)
      ? {
          loadGeneratorCpuMsPerRequest: perRequest(
            r.reduce((x, y) => x + (y.cpuMs ?? 0), 0),
            samples.length,
          ),
        }
      : {}),
  };
}

async function measure(database: Database, label: string): Promise<Record<string, unknown>> {
  const db = database.db;
  const region = await createRegion(db, { code: `bench-${label}-${Date.now()}`, name: "基准地区" });
  const document = await loadDocument();
  const department = await findOrCreateDepartment(db, {
    regionId: region.id,
    name: document.department?.name ?? "基准部门",
  });
  // A department-bound viewer: authorization has to compare the document's department, not just the role.
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

  // The bare side: the repository's SQL verbatim, same parameters, same pool; on PostgreSQL a named (prepared)
  // statement as the repository uses. Its answer is checked against the repository's once.
  const { text, order } = documentProjectStatement(db);
  const params: Record<string, unknown> = { index, regionId: region.id, id: stored.record.id };
  const values = order.map((name) => params[name]);
  const client = (db as unknown as { $client: Client }).$client;
  const bareQuery =
    database.driver === "pg"
      ? () => client.query({ name: "bench_bare_document_project", text, values })
      : () => client.query(text, values);
  const viaDriver = async () => {
    const { rows } = await bareQuery();
    if (!rows[0]?.project_json) throw new Error("driver found nothing");
  };
  const viaRepository = await getDocumentProject(db, { regionId: region.id, id: stored.record.id, index });
  if ((await bareQuery()).rows[0]?.project_json !== viaRepository?.projectJson) {
    throw new Error("bare driver and repository disagree");
  }

  const app = await buildApp({
    config: testConfig(),
    database,
    secret: "bench-secret-bench-secret-bench-secret-00",
    sessionCacheMs: SESSION_CACHE_MS,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const target = {
    port,
    path: `/api/documents/${stored.record.id}/projects/${index}`,
    cookie: `jixiao_session=${token}`,
  };
  const loader = loadGenerator();
  let returned = 0;
  const api = async (job: LoadJob) => {
    const r = await withServerCpu(() => loader.run(job));
    if (r.returned) returned = r.returned;
    return r;
  };
  try {
    // warm-up: JIT, connections of both the HTTP side and the pool, prepared statements on every pool connection
    await api({ mode: "closed", ...target, connections: CONNECTIONS, total: 1000 });
    await closedLoop(1000, CONNECTIONS, viaDriver);
    const apiClosed: LoadResult[] = [];
    const bareClosed: LoadResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      apiClosed.push(await api({ mode: "closed", ...target, connections: CONNECTIONS, total: REQUESTS }));
      bareClosed.push(await withServerCpu(() => closedLoop(REQUESTS, CONNECTIONS, viaDriver)));
    }
    const a = stats(apiClosed);
    const b = stats(bareClosed);
    // The HTTP floor: the same load on a route that touches no database (GET /api/health, public), to show how
    // much of the API's cost is HTTP itself.
    const httpFloor = stats([
      await api({ mode: "closed", ...target, path: "/api/health", connections: CONNECTIONS, total: REQUESTS }),
    ]);
    const loads = [
      ...OPEN_FRACTIONS.map((f) => ({ rate: f * b.rps, basis: `${f * 100} % of the bare driver's saturation rps` })),
      { rate: 0.5 * a.rps, basis: "50 % of the API's own saturation rps (the server half busy)" },
    ];
    const fixedLoad = [];
    for (const load of loads) {
      const rate = Math.max(1, Math.round(load.rate));
      const apiOpen = await api({ mode: "open", ...target, connections: CONNECTIONS, rate, seconds: OPEN_SECONDS });
      const bareOpen = await withServerCpu(() => openLoop(rate, OPEN_SECONDS, CONNECTIONS, viaDriver));
      fixedLoad.push({
        offeredRps: rate,
        basis: load.basis,
        seconds: OPEN_SECONDS,
        api: stats([apiOpen]),
        bareDriver: stats([bareOpen]),
      });
    }
    const atHalfBare = fixedLoad.find((f) => f.basis.startsWith("50 % of the bare"));
    const atHalfApi = fixedLoad.at(-1);
    return {
      setup: {
        connections: CONNECTIONS,
        database:
          database.driver === "pg"
            ? `PostgreSQL, one pg.Pool of ${POOL_SIZE} shared by both sides`
            : "PGlite (in-process WASM, one connection)",
        document: "seed 001 (5 projects); the project with the most indicators",
        projectIndicators: indicatorCount,
        indicatorsReturned: returned,
        user: "viewer bound to the document's department (role and department checked on every request)",
        sessionCache: `${SESSION_CACHE_MS} ms in-process cache of validated sessions (evicted on logout, password and role change)`,
        loadGenerator:
          "separate child process (fork), raw HTTP/1.1 keep-alive over node:net; the bare side's callers run in the server process",
        bareSql: text,
      },
      meaning: MEANING,
      saturation: {
        rounds: ROUNDS,
        api: a,
        bareDriver: b,
        throughputRatio: Math.round((a.rps / b.rps) * 100) / 100,
        throughputRatioPerRound: apiClosed.map((x, i) => {
          const bare = bareClosed[i];
          return bare ? Math.round((bare.wallMs / x.wallMs) * 100) / 100 : null;
        }),
        httpFloor,
      },
      fixedLoad,
      goals: {
        throughputRatioAtLeastHalf: a.rps / b.rps >= 0.5,
        p99AtMost20msAtHalfBareSaturation: atHalfBare ? atHalfBare.api.p99Ms <= 20 : null,
        p99AtMost20msAtHalfApiSaturation: atHalfApi ? atHalfApi.api.p99Ms <= 20 : null,
      },
    };
  } finally {
    loader.stop();
    await app.close();
  }
}

async function openBenchPostgres(): Promise<Database> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PG_DATABASE} with (force)`);
    await admin.query(`create database ${PG_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${PG_DATABASE}`;
  return openDatabase({ url: url.toString(), poolSize: POOL_SIZE });
}

export default async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { loadAverageAtStart: loadavg().map((x) => Math.round(x * 10) / 10) };
  const only = process.env.BENCH_ONLY;
  if (only !== "postgres") {
    const lite = await openDatabase({ dataDir: MEMORY });
    try {
      out.pglite = await measure(lite, "pglite");
    } catch (e) {
      out.pglite = { error: e instanceof Error ? e.message : String(e) };
    } finally {
      await lite.close();
    }
  }
  if (only !== "pglite") {
    let database: Database | null = null;
    try {
      database = await openBenchPostgres();
      out.postgres = await measure(database, "pg");
    } catch (e) {
      out.postgres = { error: e instanceof Error ? e.message : String(e), url: PG_URL };
    } finally {
      await database?.close();
    }
  }
  out.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 10) / 10);
  return out;
}
