/**
 * Test helpers (used by *.test.ts only): a fresh database (PGlite in memory, or PostgreSQL with DATABASE_URL, via
 * @jixiao/db's openTestDatabase), an app on it, a region with two departments and a user of every role in each.
 */
import type { PerformanceDocument, Role } from "@jixiao/core";
import {
  createDepartment,
  createRegion,
  createSession,
  createUnit,
  createUser,
  type Database,
  type Department,
  openTestDatabase,
  type Unit,
} from "@jixiao/db";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "./app.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "./auth/authenticate.ts";
import { hashPassword } from "./auth/password.ts";
import { csrfTokenFor, hashToken, newSessionToken } from "./auth/tokens.ts";
import { type Config, testConfig } from "./config.ts";

export const TEST_SECRET = "test-secret-test-secret-test-secret-0123";
export const TEST_PASSWORD = "Test-password-123";

export interface TestUser {
  id: string;
  role: Role;
  username: string;
  departmentId: string | null;
  unitId: string | null;
  token: string;
  csrf: string;
}

export interface TestWorld {
  app: FastifyInstance;
  database: Database;
  regionId: string;
  departments: [Department, Department];
  units: [Unit, Unit];
  /** users[role][0] belongs to department 0, users[role][1] to department 1 (region-wide roles: two alike). */
  users: Record<Role, [TestUser, TestUser]>;
  /** app.inject as a user: session cookie and CSRF header set. */
  as(user: TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

const ROLES: Role[] = ["admin", "finance_reviewer", "department_reviewer", "unit_editor", "viewer"];

export async function createTestWorld(
  options: { config?: Partial<Config>; now?: () => Date } = {},
): Promise<TestWorld> {
  const database = await openTestDatabase();
  const db = database.db;
  const region = await createRegion(db, { code: `t${Math.random().toString(36).slice(2, 8)}`, name: "测试地区" });
  const d0 = await createDepartment(db, { regionId: region.id, name: "测试科学技术局", code: "306" });
  const d1 = await createDepartment(db, { regionId: region.id, name: "测试教育局", code: "307" });
  const u0 = await createUnit(db, { regionId: region.id, departmentId: d0.id, name: "科学技术局本级", code: "306001" });
  const u1 = await createUnit(db, { regionId: region.id, departmentId: d1.id, name: "教育局本级", code: "307001" });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const users = {} as Record<Role, [TestUser, TestUser]>;
  for (const role of ROLES) {
    const pair: TestUser[] = [];
    for (const [i, d, u] of [
      [0, d0, u0],
      [1, d1, u1],
    ] as const) {
      const bound = role !== "admin" && role !== "finance_reviewer";
      const username = `${role}-${i}-${region.code}`;
      const user = await createUser(db, {
        regionId: region.id,
        username,
        displayName: `${role} ${i}`,
        passwordHash,
        role,
        departmentId: bound ? d.id : null,
        unitId: role === "unit_editor" ? u.id : null,
      });
      const token = newSessionToken();
      await createSession(db, {
        regionId: region.id,
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      pair.push({
        id: user.id,
        role,
        username,
        departmentId: user.departmentId,
        unitId: user.unitId,
        token,
        csrf: csrfTokenFor(TEST_SECRET, token),
      });
    }
    users[role] = pair as [TestUser, TestUser];
  }
  const app = await buildApp({
    config: testConfig(options.config),
    database,
    secret: TEST_SECRET,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    regionId: region.id,
    departments: [d0, d1],
    units: [u0, u1],
    users,
    as: (user, inject) => {
      const headers = { ...(inject.headers ?? {}) } as Record<string, string>;
      if (user) {
        headers.cookie = `${SESSION_COOKIE}=${user.token}`;
        headers[CSRF_HEADER] = user.csrf;
      }
      return app.inject({ ...inject, headers });
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A small valid project-targets document, department given by name. */
export function sampleDocument(options: { department?: string; title?: string } = {}): PerformanceDocument {
  return {
    format: "jixiao/v1",
    kind: "project-targets",
    title: options.title ?? "2024年项目支出绩效目标表",
    year: 2024,
    department: { code: null, name: options.department ?? "测试科学技术局" },
    amountUnit: "万元",
    overall: null,
    departmentTable: null,
    projects: [
      {
        code: "13020024P001",
        name: "科技创新券补助",
        unit: { code: "306001", name: "科学技术局本级" },
        budget: { total: 300, fiscal: 300, other: 0 },
        purpose: "支持企业购买科技服务",
        spendPlan: { mar: 25, jun: 50, oct: 80, dec: 100 },
        goals: ["支持科技型中小企业创新"],
        indicators: [
          indicator("产出指标", "数量指标", "支持企业数量", "≥60家"),
          indicator("产出指标", "质量指标", "验收合格率", "≥90%"),
          indicator("效益指标", "社会效益指标", "企业研发投入增长", "≥5%"),
          indicator("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
        ],
        execution: null,
      },
      {
        code: "13020024P002",
        name: "科普活动经费",
        unit: { code: "306001", name: "科学技术局本级" },
        budget: { total: 20, fiscal: 20, other: 0 },
        purpose: "科普周活动",
        spendPlan: { mar: 10, jun: 50, oct: 90, dec: 100 },
        goals: ["开展科普周等科普活动，提升全区公民科学素质"],
        indicators: [
          indicator("产出指标", "数量指标", "活动场次", "≥10场"),
          indicator("效益指标", "社会效益指标", "公民科学素质提升", "≥2%"),
          indicator("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
        ],
        execution: null,
      },
    ],
    evaluation: null,
  };
}

function indicator(
  level1: string,
  level2: string,
  name: string,
  target: string,
): PerformanceDocument["projects"][number]["indicators"][number] {
  return {
    level1,
    level2,
    name,
    description: null,
    target,
    targetParsed: null,
    basis: "计划标准",
    goalNo: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
  };
}

/**
 * A new document of department 0 / unit 0, created through the API by that unit's editor and moved through
 * `actions` by an admin (a return carries a comment). Throws with the answer when a step is refused.
 */
export async function createThroughApi(
  w: TestWorld,
  document: PerformanceDocument = sampleDocument(),
  actions: readonly string[] = [],
): Promise<string> {
  const res = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/documents", payload: { document } });
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  const id = res.json().record.id as string;
  for (const action of actions) {
    const r = await w.as(w.users.admin[0], {
      method: "POST",
      url: `/api/documents/${id}/transitions`,
      payload: { action, comment: action.endsWith("_return") ? "退回" : null },
    });
    if (r.statusCode !== 200) throw new Error(`${action}: ${r.statusCode} ${r.body}`);
  }
  return id;
}
