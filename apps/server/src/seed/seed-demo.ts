import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type PerformanceDocument, ROLE_LABELS, type Role } from "@jixiao/core";
import {
  createRegion,
  createUser,
  type Database,
  type Db,
  findOrCreateUnit,
  importDocument,
  listRegions,
} from "@jixiao/db";
import { readUpload } from "../adapters/read-document.ts";
import { hashPassword } from "../auth/password.ts";

export const SEEDS_DIR = join(import.meta.dirname, "..", "..", "..", "..", "fixtures", "seeds");
export const DEMO_REGION = { code: "demo", name: "演示地区" };

/** The demo accounts, one per role (README “服务端” lists them). Demo only: SEED_DEMO=false for real use. */
export const DEMO_ACCOUNTS: { role: Role; username: string; password: string; displayName: string }[] = [
  { role: "admin", username: "admin", password: "Jixiao-admin-2024", displayName: "演示 系统管理员" },
  { role: "finance_reviewer", username: "finance", password: "Jixiao-finance-2024", displayName: "演示 财政审核" },
  { role: "department_reviewer", username: "reviewer", password: "Jixiao-review-2024", displayName: "演示 部门审核" },
  { role: "unit_editor", username: "editor", password: "Jixiao-editor-2024", displayName: "演示 单位填报" },
  { role: "viewer", username: "viewer", password: "Jixiao-viewer-2024", displayName: "演示 只读" },
];

export interface SeedReport {
  regionName: string;
  documents: { fileName: string; id: string; title: string | null }[];
  accounts: { roleLabel: string; username: string; password: string }[];
  warnings: string[];
}

/**
 * First start: an empty database (no region at all) gets the demo region, the seed documents imported and one
 * account per role — all in one transaction, so a start cut short leaves an empty database that is seeded again.
 * Returns null when there is anything in the database already (or another server process seeded it meanwhile).
 */
export async function seedDemo(options: { database: Database; seedsDir?: string }): Promise<SeedReport | null> {
  const { database } = options;
  if ((await listRegions(database.db)).length > 0) return null;
  // argon2 runs on libuv's threads: the five hashes are made while the documents are read and stored.
  const hashing = Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  hashing.catch(() => undefined); // awaited below; a failure before that must not be an unhandled rejection
  const warnings: string[] = [];
  const dir = options.seedsDir ?? SEEDS_DIR;
  const files = safeList(dir).filter((f) => /\.(txt|json|docx|xlsx|pdf)$/i.test(f));
  if (files.length === 0) warnings.push(`没有找到示例文档（${dir}）`);
  const read: { fileName: string; bytes: Uint8Array; document: PerformanceDocument }[] = [];
  for (const fileName of files) {
    try {
      const bytes = new Uint8Array(readFileSync(join(dir, fileName)));
      read.push({ fileName, bytes, document: (await readUpload({ bytes, fileName })).document });
    } catch (e) {
      warnings.push(`示例文档 ${fileName} 未能读取：${problem(e)}`);
    }
  }
  try {
    return await database.transaction(async (db) => {
      const region = await createRegion(db, DEMO_REGION);
      const documents: SeedReport["documents"] = [];
      let homeDepartment: string | null = null;
      for (const { fileName, bytes, document } of read) {
        try {
          const stored = await importDocument(db, {
            regionId: region.id,
            document,
            file: { fileName, bytes, mediaType: "text/plain" },
          });
          documents.push({ fileName, id: stored.record.id, title: stored.document.title });
          homeDepartment ??= stored.record.departmentId;
        } catch (e) {
          warnings.push(`示例文档 ${fileName} 未能导入：${problem(e)}`);
        }
      }
      const home = await homeOrganisation(db, region.id, homeDepartment);
      const hashes = await hashing;
      const accounts: SeedReport["accounts"] = [];
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        const bound = a.role === "department_reviewer" || a.role === "unit_editor" || a.role === "viewer";
        if (bound && !home.departmentId) continue;
        await createUser(db, {
          regionId: region.id,
          username: a.username,
          displayName: a.displayName,
          passwordHash: hashes[i] as string,
          role: a.role,
          departmentId: bound ? home.departmentId : null,
          unitId: a.role === "unit_editor" ? home.unitId : null,
        });
        accounts.push({ roleLabel: ROLE_LABELS[a.role], username: a.username, password: a.password });
      }
      return { regionName: region.name, documents, accounts, warnings };
    });
  } catch (e) {
    // PostgreSQL with several server processes starting at once: one of them seeds, the others find it done.
    if ((await listRegions(database.db)).length > 0) return null;
    throw e;
  }
}

function problem(e: unknown): string {
  return e instanceof Error && "userMessage" in e ? String(e.userMessage) : String(e);
}

/** The department of the first seed (or a demo department) and a unit in it, for the department-bound demo accounts. */
async function homeOrganisation(
  db: Db,
  regionId: string,
  departmentId: string | null,
): Promise<{ departmentId: string | null; unitId: string | null }> {
  if (!departmentId) return { departmentId: null, unitId: null };
  const unit = await findOrCreateUnit(db, { regionId, departmentId, name: "本级" });
  return { departmentId, unitId: unit.id };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
