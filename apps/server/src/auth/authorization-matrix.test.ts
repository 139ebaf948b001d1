/**
 * Role × endpoint × own-or-other-organisation: generated from one table, every cell asserted, and the table must
 * name every route of routes/index.ts. The documents belong to department 0 / unit 0; each role has a user there
 * ("own") and one in department 1 ("other"). Region-wide roles are the same in both columns. Lists answer everyone,
 * so for them the cell asserts whether the document is in the list. A user of another region sees nothing (404).
 */
import type { PerformanceDocument, Role } from "@jixiao/core";
import { addReviewComment, createRegion, createSession, createUser, getRegion } from "@jixiao/db";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../routes/index.ts";
import {
  createTestWorld,
  createThroughApi,
  sampleDocument,
  TEST_PASSWORD,
  type TestUser,
  type TestWorld,
} from "../test-support.ts";
import { hashPassword } from "./password.ts";
import { csrfTokenFor, hashToken, newSessionToken } from "./tokens.ts";

type Allowed = Record<Role, [own: boolean, other: boolean]>;
const ALL: Allowed = {
  admin: [true, true],
  finance_reviewer: [true, true],
  department_reviewer: [true, true],
  unit_editor: [true, true],
  viewer: [true, true],
};
const READ: Allowed = {
  admin: [true, true],
  finance_reviewer: [true, true],
  department_reviewer: [true, false],
  unit_editor: [true, false],
  viewer: [true, false],
};
const EDIT: Allowed = {
  admin: [true, true],
  finance_reviewer: [false, false],
  department_reviewer: [false, false],
  unit_editor: [true, false],
  viewer: [false, false],
};
const REVIEW: Allowed = {
  admin: [true, true],
  finance_reviewer: [true, true],
  department_reviewer: [true, false],
  unit_editor: [false, false],
  viewer: [false, false],
};
const DEPT_REVIEW: Allowed = {
  admin: [true, true],
  finance_reviewer: [false, false],
  department_reviewer: [true, false],
  unit_editor: [false, false],
  viewer: [false, false],
};
const FINANCE: Allowed = {
  admin: [true, true],
  finance_reviewer: [true, true],
  department_reviewer: [false, false],
  unit_editor: [false, false],
  viewer: [false, false],
};
/** 导入: administrators anywhere, unit editors in their own department. */
const IMPORT: Allowed = {
  admin: [true, true],
  finance_reviewer: [false, false],
  department_reviewer: [false, false],
  unit_editor: [true, true],
  viewer: [false, false],
};
/** Resolving a review comment: whoever may edit or review the document. */
const EDIT_OR_REVIEW: Allowed = {
  admin: [true, true],
  finance_reviewer: [true, true],
  department_reviewer: [true, false],
  unit_editor: [true, false],
  viewer: [false, false],
};
const ADMIN: Allowed = {
  admin: [true, true],
  finance_reviewer: [false, false],
  department_reviewer: [false, false],
  unit_editor: [false, false],
  viewer: [false, false],
};

let w: TestWorld;
let shared: string;
let sharedMonitoring: string;
let sharedEvaluation: string;
let stranger: TestUser;
let passwordHash: string;

/** A fresh document of department 0 / unit 0, moved through the given actions by an admin. */
async function freshDocument(
  actions: string[] = [],
  document: PerformanceDocument = sampleDocument(),
): Promise<{ id: string; version: number }> {
  return { id: await createThroughApi(w, document, actions), version: 1 };
}

/** A new signed-in account with the role and organisation of `user`: for cells that end or change their session. */
async function lookalike(user: TestUser): Promise<TestUser> {
  const db = w.database.db;
  const created = await createUser(db, {
    regionId: w.regionId,
    username: `${user.role}-${Math.random().toString(36).slice(2, 10)}`,
    displayName: "临时账号",
    passwordHash,
    role: user.role,
    departmentId: user.departmentId,
    unitId: user.unitId,
  });
  const token = newSessionToken();
  await createSession(db, {
    regionId: w.regionId,
    userId: created.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return { ...user, id: created.id, username: created.username, token, csrf: csrfTokenFor(TEST_SECRET, token) };
}

const TEST_SECRET = "test-secret-test-secret-test-secret-0123";

/** multipart/form-data with one jixiao/v1 JSON file and the given fields. */
function importBody(fields: Record<string, string> = {}): Pick<InjectOptions, "payload" | "headers"> {
  const boundary = "----jixiao-matrix";
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="doc.json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(sampleDocument())}\r\n`,
  );
  parts.push(`--${boundary}--\r\n`);
  return {
    payload: Buffer.from(parts.join("")),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

interface Endpoint {
  name: string;
  /** The route it exercises, "METHOD /url" as in routes/index.ts. */
  route: string;
  allowed: Allowed;
  /** Builds the request for the acting user; mutating endpoints get a fresh document each time. */
  request(actor: TestUser): Promise<InjectOptions>;
  /** Who really sends it (default: the cell's user); a throwaway look-alike where the cell ends the session. */
  actor?(user: TestUser): Promise<TestUser>;
  /** What an admin of another region gets (default 404 where the endpoint names something of this region). */
  stranger?: number;
  /** For lists, which answer everyone: whether the own-organisation document is in the answer. */
  visible?(res: LightMyRequestResponse): boolean;
}

const listed = (id: () => string) => (res: LightMyRequestResponse) =>
  (res.json().items as { id: string }[]).some((d) => d.id === id());

const transition =
  (action: string, before: string[], extra: Record<string, unknown> = {}) =>
  async (): Promise<InjectOptions> => {
    const { id } = await freshDocument(before);
    return { method: "POST", url: `/api/documents/${id}/transitions`, payload: { action, ...extra } };
  };

/** The region's code, for the public (公开) routes, which name a region by its code. */
let regionCode: string;
let published: string;

const ENDPOINTS: Endpoint[] = [
  {
    name: "GET public regions",
    route: "GET /api/public/regions",
    allowed: ALL,
    request: async () => ({ method: "GET", url: "/api/public/regions" }),
  },
  {
    name: "GET public documents",
    route: "GET /api/public/regions/:code/documents",
    allowed: ALL,
    request: async () => ({ method: "GET", url: `/api/public/regions/${regionCode}/documents` }),
  },
  {
    name: "GET public export",
    route: "GET /api/public/regions/:code/documents/:id/export",
    allowed: ALL,
    request: async () => ({
      method: "GET",
      url: `/api/public/regions/${regionCode}/documents/${published}/export?format=json`,
    }),
  },
  {
    name: "GET health",
    route: "GET /api/health",
    allowed: ALL,
    request: async () => ({ method: "GET", url: "/api/health" }),
  },
  {
    name: "POST login",
    route: "POST /api/auth/login",
    allowed: ALL,
    actor: lookalike,
    request: async (actor) => ({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: actor.username, password: TEST_PASSWORD },
    }),
  },
  {
    name: "GET me",
    route: "GET /api/auth/me",
    allowed: ALL,
    request: async () => ({ method: "GET", url: "/api/auth/me" }),
  },
  {
    name: "POST logout",
    route: "POST /api/auth/logout",
    allowed: ALL,
    actor: lookalike,
    request: async () => ({ method: "POST", url: "/api/auth/logout" }),
  },
  {
    name: "POST password",
    route: "POST /api/auth/password",
    allowed: ALL,
    actor: lookalike,
    request: async () => ({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: TEST_PASSWORD, newPassword: "Changed-password-456" },
    }),
  },
  {
    name: "GET document",
    route: "GET /api/documents/:id",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}` }),
  },
  {
    name: "GET project",
    route: "GET /api/documents/:id/projects/:index",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/projects/0` }),
  },
  {
    name: "GET versions",
    route: "GET /api/documents/:id/versions",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/versions` }),
  },
  {
    name: "GET version 1",
    route: "GET /api/documents/:id/versions/:version",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/versions/1` }),
  },
  {
    name: "GET workflow",
    route: "GET /api/documents/:id/workflow",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/workflow` }),
  },
  {
    name: "GET comments",
    route: "GET /api/documents/:id/comments",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/comments` }),
  },
  {
    name: "GET export",
    route: "GET /api/documents/:id/export",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/export?format=json` }),
  },
  {
    name: "GET check",
    route: "GET /api/documents/:id/check",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/check` }),
  },
  {
    name: "POST document (into department 0 / unit 0)",
    route: "POST /api/documents",
    allowed: EDIT,
    request: async (actor) => ({
      method: "POST",
      url: "/api/documents",
      payload: {
        document: sampleDocument({ title: "新建" }),
        departmentId: w.departments[0].id,
        unitId: actor.role === "admin" || actor.unitId === null ? w.units[0].id : actor.unitId,
      },
    }),
  },
  {
    name: "PUT document",
    route: "PUT /api/documents/:id",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return {
        method: "PUT",
        url: `/api/documents/${id}`,
        payload: { version: 1, document: sampleDocument({ title: "改" }) },
      };
    },
  },
  {
    name: "PUT project",
    route: "PUT /api/documents/:id/projects/:index",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return {
        method: "PUT",
        url: `/api/documents/${id}/projects/1`,
        payload: { version: 1, project: sampleDocument().projects[1] },
      };
    },
  },
  {
    name: "PUT indicator",
    route: "PUT /api/documents/:id/projects/:index/indicators/:row",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return {
        method: "PUT",
        url: `/api/documents/${id}/projects/0/indicators/0`,
        payload: { version: 1, indicator: { ...sampleDocument().projects[0]?.indicators[0], target: "≥70家" } },
      };
    },
  },
  {
    name: "POST restore",
    route: "POST /api/documents/:id/versions/:version/restore",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return { method: "POST", url: `/api/documents/${id}/versions/1/restore`, payload: { version: 1 } };
    },
  },
  {
    name: "DELETE document",
    route: "DELETE /api/documents/:id",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return { method: "DELETE", url: `/api/documents/${id}?version=1` };
    },
  },
  {
    name: "POST submit",
    route: "POST /api/documents/:id/transitions",
    allowed: EDIT,
    request: transition("submit", []),
  },
  {
    name: "POST department_approve",
    route: "POST /api/documents/:id/transitions",
    allowed: DEPT_REVIEW,
    request: transition("department_approve", ["submit"]),
  },
  {
    name: "POST department_return",
    route: "POST /api/documents/:id/transitions",
    allowed: DEPT_REVIEW,
    request: transition("department_return", ["submit"], { comment: "请补充" }),
  },
  {
    name: "POST finance_approve",
    route: "POST /api/documents/:id/transitions",
    allowed: FINANCE,
    request: transition("finance_approve", ["submit", "department_approve"]),
  },
  {
    name: "POST finance_return",
    route: "POST /api/documents/:id/transitions",
    allowed: FINANCE,
    request: transition("finance_return", ["submit", "department_approve"], { comment: "请补充" }),
  },
  {
    name: "POST approve",
    route: "POST /api/documents/:id/transitions",
    allowed: FINANCE,
    request: transition("approve", ["submit", "department_approve", "finance_approve"]),
  },
  {
    name: "POST publish",
    route: "POST /api/documents/:id/transitions",
    allowed: FINANCE,
    request: transition("publish", ["submit", "department_approve", "finance_approve", "approve"]),
  },
  {
    name: "POST comment",
    route: "POST /api/documents/:id/comments",
    allowed: REVIEW,
    request: async () => ({ method: "POST", url: `/api/documents/${shared}/comments`, payload: { body: "意见" } }),
  },
  {
    name: "POST resolve comment",
    route: "POST /api/documents/:id/comments/:commentId/resolve",
    allowed: EDIT_OR_REVIEW,
    request: async () => {
      const comment = await addReviewComment(w.database.db, {
        regionId: w.regionId,
        documentId: shared,
        body: "待处理",
        path: "projects[0].indicators[0]",
        authorId: w.users.admin[0].id,
      });
      return { method: "POST", url: `/api/documents/${shared}/comments/${comment.id}/resolve` };
    },
  },
  {
    name: "POST import preview",
    route: "POST /api/imports/preview",
    allowed: IMPORT,
    request: async () => ({ method: "POST", url: "/api/imports/preview", ...importBody() }),
  },
  {
    name: "POST import (into department 0)",
    route: "POST /api/imports",
    allowed: EDIT,
    request: async () => ({
      method: "POST",
      url: "/api/imports",
      ...importBody({ departmentId: w.departments[0].id }),
    }),
  },
  {
    name: "GET documents list",
    route: "GET /api/documents",
    allowed: ALL,
    visible: listed(() => shared),
    request: async () => ({ method: "GET", url: "/api/documents?limit=500" }),
  },
  {
    name: "GET monitoring reports",
    route: "GET /api/monitoring-reports",
    allowed: ALL,
    visible: listed(() => sharedMonitoring),
    request: async () => ({ method: "GET", url: "/api/monitoring-reports?limit=500" }),
  },
  {
    name: "GET self-evaluations",
    route: "GET /api/self-evaluations",
    allowed: ALL,
    visible: listed(() => sharedEvaluation),
    request: async () => ({ method: "GET", url: "/api/self-evaluations?limit=500" }),
  },
  {
    name: "GET region",
    route: "GET /api/region",
    allowed: ALL,
    request: async () => ({ method: "GET", url: "/api/region" }),
  },
  {
    name: "GET users",
    route: "GET /api/users",
    allowed: ADMIN,
    request: async () => ({ method: "GET", url: "/api/users" }),
  },
  {
    name: "GET audit",
    route: "GET /api/audit",
    allowed: ADMIN,
    request: async () => ({ method: "GET", url: "/api/audit" }),
  },
  {
    name: "POST department",
    route: "POST /api/departments",
    allowed: ADMIN,
    request: async () => ({ method: "POST", url: "/api/departments", payload: { name: `部门${Math.random()}` } }),
  },
  {
    name: "POST unit",
    route: "POST /api/units",
    allowed: ADMIN,
    stranger: 404,
    request: async () => ({
      method: "POST",
      url: "/api/units",
      payload: { departmentId: w.departments[0].id, name: `单位${Math.random()}` },
    }),
  },
  {
    name: "POST user",
    route: "POST /api/users",
    allowed: ADMIN,
    request: async () => ({
      method: "POST",
      url: "/api/users",
      payload: {
        username: `u${Math.random().toString(36).slice(2)}`,
        displayName: "新用户",
        password: "New-password-1",
        role: "viewer",
      },
    }),
  },
  {
    name: "PATCH user",
    route: "PATCH /api/users/:id",
    allowed: ADMIN,
    stranger: 404,
    request: async () => {
      const target = await lookalike(w.users.viewer[0]);
      return { method: "PATCH", url: `/api/users/${target.id}`, payload: { version: 1, displayName: "改名" } };
    },
  },
];

beforeAll(async () => {
  w = await createTestWorld();
  passwordHash = await hashPassword(TEST_PASSWORD);
  shared = (await freshDocument()).id;
  const monitoring = { ...sampleDocument({ title: "监控" }), kind: "monitoring" as const, monitoring: { month: 6 } };
  sharedMonitoring = (await freshDocument([], monitoring)).id;
  sharedEvaluation = (await freshDocument([], { ...sampleDocument({ title: "自评" }), kind: "self-evaluation" })).id;
  const db = w.database.db;
  regionCode = (await getRegion(db, { regionId: w.regionId }))?.code ?? "";
  published = (
    await freshDocument(["submit", "department_approve", "finance_approve", "approve", "publish"], sampleDocument())
  ).id;
  const region = await createRegion(db, { code: `x${Math.random().toString(36).slice(2, 8)}`, name: "另一地区" });
  const user = await createUser(db, {
    regionId: region.id,
    username: `stranger-${region.code}`,
    displayName: "外地区管理员",
    passwordHash,
    role: "admin",
  });
  const token = newSessionToken();
  await createSession(db, {
    regionId: region.id,
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  stranger = { id: user.id, role: "admin", username: user.username, departmentId: null, unitId: null, token, csrf: "" };
  stranger.csrf = csrfTokenFor(TEST_SECRET, token);
}, 180_000);
afterAll(() => w?.close());

const ROLES: Role[] = ["admin", "finance_reviewer", "department_reviewer", "unit_editor", "viewer"];
const cells = ENDPOINTS.flatMap((endpoint) =>
  ROLES.flatMap((role) =>
    ([0, 1] as const).map((side) => ({ endpoint, role, side, allowed: endpoint.allowed[role][side] })),
  ),
);

describe("authorization matrix", () => {
  it("names every route of the API", () => {
    const all = routes.map((r) => `${r.method} ${r.url}`).sort();
    const named = [...new Set(ENDPOINTS.map((e) => e.route))].sort();
    expect(named).toEqual(all);
  });

  it(`covers ${ENDPOINTS.length} endpoints × ${ROLES.length} roles × own/other = ${cells.length} cells`, () => {
    expect(cells.length).toBe(ENDPOINTS.length * 10);
  });

  for (const cell of cells) {
    const label = `${cell.endpoint.name} · ${cell.role} · ${cell.side === 0 ? "own" : "other"} → ${cell.allowed ? "allowed" : "forbidden"}`;
    it(label, async () => {
      const base = w.users[cell.role][cell.side];
      const actor = cell.endpoint.actor ? await cell.endpoint.actor(base) : base;
      const res = await w.as(actor, await cell.endpoint.request(actor));
      if (cell.allowed) {
        expect(res.statusCode, res.body).toBeLessThan(300);
        if (cell.endpoint.visible) {
          // Region-wide roles see everything; bound roles only their own department's documents.
          const sees = cell.endpoint.allowed === ALL ? READ[cell.role][cell.side] : true;
          expect(cell.endpoint.visible(res), `${cell.endpoint.name} lists the document`).toBe(sees);
        }
      } else {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  const namesThisRegion = (e: Endpoint) =>
    e.stranger !== undefined || (e.allowed !== ALL && e.allowed !== ADMIN && e.allowed !== IMPORT);
  for (const endpoint of ENDPOINTS.filter(namesThisRegion)) {
    it(`${endpoint.name} · admin of another region → 404`, async () => {
      const res = await w.as(stranger, await endpoint.request(stranger));
      expect(res.statusCode, res.body).toBe(endpoint.stranger ?? 404);
    });
  }

  for (const endpoint of ENDPOINTS.filter((e) => e.visible)) {
    it(`${endpoint.name} · admin of another region does not see the document`, async () => {
      const res = await w.as(stranger, await endpoint.request(stranger));
      expect(res.statusCode, res.body).toBe(200);
      expect(endpoint.visible?.(res)).toBe(false);
    });
  }

  for (const endpoint of ENDPOINTS.filter((e) => e.allowed === ADMIN && e.route.startsWith("GET"))) {
    it(`${endpoint.name} · admin of another region sees or changes nothing of this region`, async () => {
      const res = await w.as(stranger, await endpoint.request(stranger));
      expect(JSON.stringify(res.json())).not.toContain(w.regionId);
      expect(JSON.stringify(res.json())).not.toContain(w.departments[0].id);
    });
  }
});
