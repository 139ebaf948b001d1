/**
 * The read behind GET /api/documents/:id/projects/:index (`npm run bench -- db`): `getDocumentProject` through the
 * repository vs the very same statement on the bare driver, side by side, on PGlite (sequential) and on PostgreSQL
 * (sequential and 50 concurrent callers on one pool of 10). The document: 20 projects × 15 indicators, so the
 * database cuts one project out of a sizeable jsonb body.
 */
import pg from "pg";
import { summarize } from "../../../scripts/bench-util.ts";
import type { Database } from "../src/database.ts";
import { MEMORY, openDatabase } from "../src/open-database.ts";
import { documentProjectStatement, getDocumentProject } from "../src/repositories/documents.ts";
import { importDocument } from "../src/repositories/import-document.ts";
import { createRegion } from "../src/repositories/regions.ts";
import { sampleDocument } from "../src/testing.ts";

const PROJECTS = 20;
const POOL = 10;
const BENCH_DB = "bench_document_project";

interface Client {
  query(
    q: string | { name: string; text: string; values: unknown[] },
    values?: unknown[],
  ): Promise<{ rows: { project_json: string | null }[] }>;
}

type Read = (i: number) => Promise<unknown>;

async function setUp(database: Database): Promise<{ repository: Read; bare: Read }> {
  const db = database.db;
  const region = await createRegion(db, { code: `bench-${Date.now()}`, name: "基准" });
  const { record } = await importDocument(db, {
    regionId: region.id,
    document: sampleDocument({ projects: PROJECTS, indicators: 15 }),
  });
  const { text, order } = documentProjectStatement(db);
  const client = (db as unknown as { $client: Client }).$client;
  const values = (index: number) => {
    const p: Record<string, unknown> = { index, regionId: region.id, id: record.id };
    return order.map((n) => p[n]);
  };
  const bare: Read = async (i) => {
    const v = values(i % PROJECTS);
    const { rows } =
      database.driver === "pg"
        ? await client.query({ name: "bench_bare_document_project", text, values: v })
        : await client.query(text, v);
    if (!rows[0]?.project_json) throw new Error("bare driver found nothing");
  };
  const repository: Read = async (i) => {
    const read = await getDocumentProject(db, { regionId: region.id, id: record.id, index: i % PROJECTS });
    if (!read?.projectJson) throw new Error("repository found nothing");
  };
  return { repository, bare };
}

/** Both warmed up, then alternating rounds; `callers` concurrent loops (1 = sequential). */
async function sideBySide(sides: { repository: Read; bare: Read }, callers: number, perRound: number) {
  const samples = { repository: [] as number[], bare: [] as number[] };
  const wall = { repository: 0, bare: 0 };
  for (const name of ["repository", "bare"] as const) await loop(sides[name], callers, 200, []);
  for (let round = 0; round < 4; round++) {
    for (const name of ["repository", "bare"] as const)
      wall[name] += await loop(sides[name], callers, perRound, samples[name]);
  }
  const side = (name: "repository" | "bare") => ({
    ...summarize(samples[name]),
    opsPerSec: Math.round((samples[name].length * 1000) / wall[name]),
  });
  const repository = side("repository");
  const bare = side("bare");
  return {
    callers,
    repository,
    bare,
    throughputRatio: Math.round((repository.opsPerSec / bare.opsPerSec) * 100) / 100,
  };
}

async function loop(read: Read, callers: number, total: number, samples: number[]): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < total) {
        const i = next++;
        const s = performance.now();
        await read(i);
        samples.push(performance.now() - s);
      }
    }),
  );
  return performance.now() - t0;
}

async function postgres(url: string): Promise<Record<string, unknown>> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return { skipped: `PostgreSQL not reachable at ${url}` };
  }
  try {
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.query(`create database ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ url: target.toString(), poolSize: POOL });
  try {
    const sides = await setUp(database);
    return {
      pool: POOL,
      sequential: await sideBySide(sides, 1, 300),
      concurrent50: await sideBySide(sides, 50, 1500),
    };
  } finally {
    await database.close();
    const drop = new pg.Client({ connectionString: url });
    await drop.connect();
    await drop.query(`drop database if exists ${BENCH_DB} with (force)`);
    await drop.end();
  }
}

export default async function bench(): Promise<Record<string, unknown>> {
  const lite = await openDatabase({ dataDir: MEMORY });
  let pglite: Record<string, unknown>;
  try {
    pglite = { sequential: await sideBySide(await setUp(lite), 1, 300) };
  } finally {
    await lite.close();
  }
  return {
    meaning:
      "getDocumentProject (one project cut out of the current version's jsonb, as the API reads it) through the repository vs the same SQL text and parameters on the bare driver (on PostgreSQL as a named statement, like the repository). Alternating rounds; opsPerSec = reads / wall time; throughputRatio = repository / bare.",
    pglite,
    postgres: await postgres(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"),
  };
}
