/**
 * Malformed JSON, wrong types, unknown fields, out-of-range numbers, bad path parameters, an oversized body: every
 * route answers a 4xx with a Chinese message, stores nothing, and the server keeps serving. Generated from the route
 * list, so a new route is swept too.
 */

import { queryRows } from "@jixiao/db";
import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../routes/index.ts";
import { createTestWorld, createThroughApi, sampleDocument, type TestWorld } from "../test-support.ts";

let w: TestWorld;
let documentId: string;
let commentId: string;

beforeAll(async () => {
  w = await createTestWorld();
  documentId = await createThroughApi(w);
  const comment = await w.as(w.users.admin[0], {
    method: "POST",
    url: `/api/documents/${documentId}/comments`,
    payload: { body: "意见" },
  });
  commentId = comment.json().id;
}, 180_000);
afterAll(() => w?.close());

const CHINESE = /[\u4e00-\u9fff]/;
const BIG = "99999999999";

/** A URL of the route with real ids (or `override` for every parameter). */
function urlOf(url: string, override?: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    if (override !== undefined) return override;
    if (name === "id") return documentId;
    if (name === "commentId") return commentId;
    return "0";
  });
}

/** Rows of every table that a request could write to: nothing may change. */
async function fingerprint(): Promise<string> {
  const rows = await queryRows<{ f: string }>(
    w.database.db,
    sql`select concat_ws(',',
      (select count(*) from documents), (select count(*) from document_versions), (select count(*) from projects),
      (select count(*) from indicators), (select count(*) from source_files), (select count(*) from review_comments),
      (select count(*) from workflow_events), (select count(*) from audit_log), (select count(*) from users),
      (select count(*) from departments), (select count(*) from units),
      (select max(version) from documents), (select string_agg(state, ',' order by id) from documents)) as f`,
  );
  return rows[0]?.f ?? "";
}

async function expectRefused(options: InjectOptions, label: string): Promise<void> {
  const res = await w.as(w.users.admin[0], options);
  expect(res.statusCode, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
  expect(res.json().error.message, label).toMatch(CHINESE);
}

const withBody = routes.filter((r) => r.body);
const withQuery = routes.filter((r) => r.querystring);
const withParams = routes.filter((r) => r.url.includes(":"));

describe("hostile input on every route", () => {
  it("the sweep is not empty", () => {
    expect(withBody.length).toBeGreaterThanOrEqual(12);
    expect(withParams.length).toBeGreaterThanOrEqual(15);
  });

  it("malformed JSON, wrong types and unknown fields: 400 in Chinese, nothing stored", async () => {
    const before = await fingerprint();
    for (const route of withBody) {
      const url = urlOf(route.url);
      const label = `${route.method} ${route.url}`;
      const json = { "content-type": "application/json" };
      await expectRefused(
        { method: route.method, url, headers: json, payload: '{"version": 1, "document": ' },
        `${label} malformed`,
      );
      await expectRefused({ method: route.method, url, headers: json, payload: "[1, 2, 3]" }, `${label} array`);
      await expectRefused({ method: route.method, url, headers: json, payload: '"text"' }, `${label} string`);
      await expectRefused({ method: route.method, url, payload: { version: "二", zzz: true } }, `${label} wrong types`);
      await expectRefused(
        { method: route.method, url, headers: json, payload: '{"__proto__": {"admin": true}}' },
        `${label} __proto__`,
      );
    }
    expect(await fingerprint()).toBe(before);
  });

  it("unknown fields are refused even when everything else is valid", async () => {
    const before = await fingerprint();
    const doc = (await w.as(w.users.admin[0], { method: "GET", url: `/api/documents/${documentId}` })).json();
    const valid: [string, string, Record<string, unknown>][] = [
      ["POST", "/api/documents", { document: sampleDocument() }],
      ["PUT", `/api/documents/${documentId}`, { version: doc.record.version, document: doc.document }],
      [
        "PUT",
        `/api/documents/${documentId}/projects/0`,
        { version: doc.record.version, project: doc.document.projects[0] },
      ],
      [
        "PUT",
        `/api/documents/${documentId}/projects/0/indicators/0`,
        { version: doc.record.version, indicator: doc.document.projects[0].indicators[0] },
      ],
      ["POST", `/api/documents/${documentId}/comments`, { body: "意见" }],
      ["POST", `/api/documents/${documentId}/transitions`, { action: "submit" }],
      ["POST", "/api/departments", { name: "新部门" }],
      ["POST", "/api/units", { departmentId: w.departments[0].id, name: "新单位" }],
      ["POST", "/api/users", { username: "newbie", displayName: "新", password: "New-password-1", role: "viewer" }],
    ];
    for (const [method, url, body] of valid) {
      await expectRefused({ method: method as "POST", url, payload: { ...body, zzz: 1 } }, `${method} ${url} top`);
    }
    // …and nested: an unknown field inside the document, the project, the indicator row.
    const nested = structuredClone(doc.document);
    nested.projects[0].indicators[0].zzz = 1;
    await expectRefused(
      {
        method: "PUT",
        url: `/api/documents/${documentId}`,
        payload: { version: doc.record.version, document: nested },
      },
      "nested unknown field",
    );
    expect(await fingerprint()).toBe(before);
  });

  it("unknown or out-of-range query parameters: 400 in Chinese", async () => {
    for (const route of withQuery) {
      await expectRefused({ method: route.method, url: `${urlOf(route.url)}?zzz=1` }, `${route.url}?zzz`);
    }
    for (const q of [`year=${BIG}`, "year=二〇二四", "limit=0", "limit=100000", `offset=-1`, "departmentId=x"]) {
      await expectRefused({ method: "GET", url: `/api/documents?${q}` }, q);
    }
  });

  it("bad path parameters (not a UUID, not a number, out of range): 4xx in Chinese, never 500", async () => {
    const before = await fingerprint();
    for (const route of withParams) {
      for (const bad of ["not-a-uuid", "-1", BIG, "1e400", "%E4%B8%AD"]) {
        const options: InjectOptions = { method: route.method, url: urlOf(route.url, bad) };
        if (route.method !== "GET" && route.method !== "DELETE") options.payload = {};
        await expectRefused(options, `${route.method} ${route.url} ← ${bad}`);
      }
    }
    // Real document id, out-of-range numbers in the other parameters.
    for (const url of [
      `/api/documents/${documentId}/versions/${BIG}`,
      `/api/documents/${documentId}/projects/${BIG}`,
      `/api/documents/${documentId}/projects/0/indicators/${BIG}`,
    ]) {
      await expectRefused({ method: "GET", url }, url);
    }
    expect(await fingerprint()).toBe(before);
  });

  it("out-of-range versions and ids of nothing in bodies: 4xx, never 500", async () => {
    const before = await fingerprint();
    const doc = (await w.as(w.users.admin[0], { method: "GET", url: `/api/documents/${documentId}` })).json();
    const nobody = "00000000-0000-4000-8000-000000000000";
    const cases: [string, string, Record<string, unknown>][] = [
      ["PUT", `/api/documents/${documentId}`, { version: Number(BIG), document: doc.document }],
      ["POST", `/api/documents/${documentId}/transitions`, { action: "submit", version: Number(BIG) }],
      ["POST", `/api/documents/${documentId}/versions/1/restore`, { version: Number(BIG) }],
      ["POST", "/api/documents", { document: sampleDocument(), departmentId: nobody }],
      ["POST", "/api/documents", { document: sampleDocument(), departmentId: w.departments[0].id, unitId: nobody }],
      ["POST", "/api/documents", { document: sampleDocument(), relatesToDocumentId: nobody }],
      ["POST", "/api/units", { departmentId: nobody, name: "无主单位" }],
      [
        "POST",
        "/api/users",
        { username: "ghost", displayName: "无", password: "New-password-1", role: "viewer", departmentId: nobody },
      ],
      ["PATCH", `/api/users/${nobody}`, { version: 1, displayName: "无" }],
      ["POST", `/api/documents/${documentId}/comments/${nobody}/resolve`, {}],
    ];
    for (const [method, url, body] of cases) {
      await expectRefused(
        { method: method as "POST", url, payload: body },
        `${method} ${url} ${JSON.stringify(body).slice(0, 80)}`,
      );
    }
    const farYear = { ...sampleDocument(), year: Number(BIG) };
    await expectRefused({ method: "POST", url: "/api/documents", payload: { document: farYear } }, "year out of range");
    expect(await fingerprint()).toBe(before);
  });

  it("a JSON body over the limit: 413 in Chinese; nothing stored; the next request works", async () => {
    const before = await fingerprint();
    const huge = JSON.stringify({ document: { ...sampleDocument(), title: "长".repeat(4 * 1024 * 1024) } });
    await expectRefused(
      { method: "POST", url: "/api/documents", headers: { "content-type": "application/json" }, payload: huge },
      "huge JSON",
    );
    expect(await fingerprint()).toBe(before);
    const next = await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${documentId}` });
    expect(next.statusCode).toBe(200);
  });

  it("uploads: over 50 MB, two files, a file in a text field, JSON instead of a form — 4xx in Chinese, nothing stored", async () => {
    const before = await fingerprint();
    const boundary = "----jixiao-hostile";
    const form = (parts: string[], tail: Buffer = Buffer.alloc(0)) => ({
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(parts.join("")), tail, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    const fileHead = (name: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`;
    const doc = JSON.stringify(sampleDocument());
    const cases: [string, Pick<InjectOptions, "headers" | "payload">][] = [
      ["over 50 MB", form([fileHead("big.txt")], Buffer.alloc(50 * 1024 * 1024 + 1, 0x41))],
      ["two files", form([fileHead("a.json"), doc, "\r\n", fileHead("b.json"), doc])],
      ["no file part", form([`--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\n${doc}`])],
      [
        "bad departmentId",
        form([
          `--${boundary}\r\nContent-Disposition: form-data; name="departmentId"\r\n\r\nx\r\n`,
          fileHead("a.json"),
          doc,
        ]),
      ],
      ["JSON instead of a form", { headers: { "content-type": "application/json" }, payload: doc }],
    ];
    cases.push([
      "unknown field",
      form([
        `--${boundary}\r\nContent-Disposition: form-data; name="state"\r\n\r\npublished\r\n`,
        fileHead("a.json"),
        doc,
      ]),
    ]);
    for (const url of ["/api/imports/preview", "/api/imports"]) {
      for (const [label, body] of cases) {
        if (label === "bad departmentId" && url.endsWith("preview")) continue; // a preview stores nothing anywhere
        await expectRefused({ method: "POST", url, ...body }, `${url} ${label}`);
      }
    }
    expect(await fingerprint()).toBe(before);
    // …and a proper import right after works.
    const ok = await w.as(w.users.admin[0], {
      method: "POST",
      url: "/api/imports",
      ...form([fileHead("ok.json"), doc]),
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it("after all of it the server still serves reads and writes", async () => {
    expect((await w.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    const created = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/documents",
      payload: { document: sampleDocument({ title: "仍可保存" }) },
    });
    expect(created.statusCode, created.body).toBe(201);
  });
});
