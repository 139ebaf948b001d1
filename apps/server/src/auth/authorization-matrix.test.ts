/**
 * Role × endpoint × own-or-other-organisation: generated from one table, every cell asserted. The documents belong
 * to department 0 / unit 0; each role has a user there ("own") and one in department 1 ("other"). Region-wide roles
 * are the same in both columns. A user of another region sees nothing (404).
 */
import type { Role } from "@jixiao/core";
import { createRegion, createSession, createUser } from "@jixiao/db";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, sampleDocument, type TestUser, type TestWorld } from "../test-support.ts";
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
const ADMIN: Allowed = {
  admin: [true, true],
  finance_reviewer: [false, false],
  department_reviewer: [false, false],
  unit_editor: [false, false],
  viewer: [false, false],
};

let w: TestWorld;
let shared: string;
let stranger: TestUser;

/** A fresh document of department 0 / unit 0, moved through the given actions by an admin. */
async function freshDocument(actions: string[] = []): Promise<{ id: string; version: number }> {
  const res = await w.as(w.users.unit_editor[0], {
    method: "POST",
    url: "/api/documents",
    payload: { document: sampleDocument() },
  });
  const id = res.json().record.id as string;
  for (const action of actions) {
    const r = await w.as(w.users.admin[0], {
      method: "POST",
      url: `/api/documents/${id}/transitions`,
      payload: { action },
    });
    expect(r.statusCode, r.body).toBe(200);
  }
  return { id, version: 1 };
}

interface Endpoint {
  name: string;
  allowed: Allowed;
  /** Builds the request; mutating endpoints get a fresh document each time. */
  request(): Promise<InjectOptions>;
}

const ENDPOINTS: Endpoint[] = [
  { name: "GET document", allowed: READ, request: async () => ({ method: "GET", url: `/api/documents/${shared}` }) },
  {
    name: "GET project",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/projects/0` }),
  },
  {
    name: "GET versions",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/versions` }),
  },
  {
    name: "GET version 1",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/versions/1` }),
  },
  {
    name: "GET workflow",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/workflow` }),
  },
  {
    name: "GET comments",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/comments` }),
  },
  {
    name: "GET export",
    allowed: READ,
    request: async () => ({ method: "GET", url: `/api/documents/${shared}/export?format=json` }),
  },
  { name: "GET check", allowed: READ, request: async () => ({ method: "GET", url: `/api/documents/${shared}/check` }) },
  {
    name: "PUT document",
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
    name: "POST restore",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return { method: "POST", url: `/api/documents/${id}/versions/1/restore`, payload: { version: 1 } };
    },
  },
  {
    name: "DELETE document",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return { method: "DELETE", url: `/api/documents/${id}?version=1` };
    },
  },
  {
    name: "POST submit",
    allowed: EDIT,
    request: async () => {
      const { id } = await freshDocument();
      return { method: "POST", url: `/api/documents/${id}/transitions`, payload: { action: "submit" } };
    },
  },
  {
    name: "POST comment",
    allowed: REVIEW,
    request: async () => ({ method: "POST", url: `/api/documents/${shared}/comments`, payload: { body: "意见" } }),
  },
  {
    name: "POST department_return",
    allowed: DEPT_REVIEW,
    request: async () => {
      const { id } = await freshDocument(["submit"]);
      return {
        method: "POST",
        url: `/api/documents/${id}/transitions`,
        payload: { action: "department_return", comment: "请补充" },
      };
    },
  },
  {
    name: "POST finance_approve",
    allowed: FINANCE,
    request: async () => {
      const { id } = await freshDocument(["submit", "department_approve"]);
      return { method: "POST", url: `/api/documents/${id}/transitions`, payload: { action: "finance_approve" } };
    },
  },
  { name: "GET documents list", allowed: ALL, request: async () => ({ method: "GET", url: "/api/documents" }) },
  { name: "GET region", allowed: ALL, request: async () => ({ method: "GET", url: "/api/region" }) },
  { name: "GET users", allowed: ADMIN, request: async () => ({ method: "GET", url: "/api/users" }) },
  { name: "GET audit", allowed: ADMIN, request: async () => ({ method: "GET", url: "/api/audit" }) },
  {
    name: "POST department",
    allowed: ADMIN,
    request: async () => ({ method: "POST", url: "/api/departments", payload: { name: `部门${Math.random()}` } }),
  },
  {
    name: "POST user",
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
];

beforeAll(async () => {
  w = await createTestWorld();
  shared = (await freshDocument()).id;
  const db = w.database.db;
  const region = await createRegion(db, { code: `x${Math.random().toString(36).slice(2, 8)}`, name: "另一地区" });
  const user = await createUser(db, {
    regionId: region.id,
    username: `stranger-${region.code}`,
    displayName: "外地区管理员",
    passwordHash: await hashPassword("Stranger-1234"),
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
  stranger.csrf = csrfTokenFor("test-secret-test-secret-test-secret-0123", token);
}, 180_000);
afterAll(() => w?.close());

const ROLES: Role[] = ["admin", "finance_reviewer", "department_reviewer", "unit_editor", "viewer"];
const cells = ENDPOINTS.flatMap((endpoint) =>
  ROLES.flatMap((role) =>
    ([0, 1] as const).map((side) => ({ endpoint, role, side, allowed: endpoint.allowed[role][side] })),
  ),
);

describe("authorization matrix", () => {
  it(`covers ${ENDPOINTS.length} endpoints × ${ROLES.length} roles × own/other = ${cells.length} cells`, () => {
    expect(cells.length).toBe(ENDPOINTS.length * 10);
  });

  for (const cell of cells) {
    const label = `${cell.endpoint.name} · ${cell.role} · ${cell.side === 0 ? "own" : "other"} → ${cell.allowed ? "allowed" : "forbidden"}`;
    it(label, async () => {
      const res = await w.as(w.users[cell.role][cell.side], await cell.endpoint.request());
      if (cell.allowed) expect(res.statusCode, res.body).toBeLessThan(300);
      else {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  for (const endpoint of ENDPOINTS.filter((e) => e.allowed !== ALL && e.allowed !== ADMIN)) {
    it(`${endpoint.name} · admin of another region → 404`, async () => {
      const res = await w.as(stranger, await endpoint.request());
      expect(res.statusCode, res.body).toBe(404);
    });
  }
});
