import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import { ensureTemplate } from "./build-template.ts";
import type { Database } from "./database.ts";
import { openDatabase } from "./open-database.ts";
import { copyTemplate } from "./template.ts";

/**
 * A fresh, migrated database for one test file: PGlite in a temporary folder, or — when DATABASE_URL is set — a new PostgreSQL
 * database `t_<random>` dropped again on close, so parallel test files never see each other's rows. (A database
 * rather than a schema per file: drizzle-kit writes foreign keys as `"public"."table"`, which a search_path cannot
 * redirect.)
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    // A copy of the migrated template folder opens several times faster than PGlite's initdb.
    const dir = await freshDataDir();
    const database = await openDatabase({ dataDir: dir });
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString(), poolSize: 4 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const { default: pg } = await import("pg"); // only PostgreSQL test runs need the driver
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new data folder holding an empty, migrated database (a copy of the cached template). The caller removes it. */
export async function freshDataDir(): Promise<string> {
  const template = await ensureTemplate();
  const dir = mkdtempSync(join(tmpdir(), "jixiao-db-"));
  await copyTemplate(template, dir);
  return dir;
}

/** A small valid project-targets document: `projects` projects with `indicators` indicator rows each. */
export function sampleDocument(
  options: { projects?: number; indicators?: number; title?: string; department?: string; year?: number } = {},
): PerformanceDocument {
  const projectCount = options.projects ?? 2;
  const indicatorCount = options.indicators ?? 3;
  return {
    format: "jixiao/v1",
    kind: "project-targets",
    title: options.title ?? "2025年项目支出绩效目标表",
    year: options.year ?? 2025,
    department: { code: "306", name: options.department ?? "唐山市路南区科学技术局" },
    amountUnit: "万元",
    overall: null,
    departmentTable: null,
    evaluation: null,
    projects: Array.from({ length: projectCount }, (_, p) => ({
      code: `13020225P${String(p).padStart(6, "0")}`,
      name: `科技创新项目${p + 1}`,
      unit: { code: "306001", name: "唐山市路南区科学技术局本级" },
      budget: { total: 708.44, fiscal: 96.62, other: 611.82 },
      purpose: "用于科技企业孵化",
      spendPlan: { mar: 25, jun: 50, oct: 80, dec: 100 },
      goals: ["提升孵化服务能力"],
      indicators: Array.from({ length: indicatorCount }, (_, i) => ({
        level1: "产出指标",
        level2: "数量指标",
        name: `孵化企业数量${i + 1}`,
        description: null,
        target: "≥60家",
        targetParsed: { kind: "quantitative" as const, op: ">=" as const, value: 60, unit: "家", text: null },
        basis: "计划标准",
        goalNo: null,
        actual: null,
        weight: null,
        score: null,
        deviation: null,
      })),
      execution: null,
    })),
  };
}
