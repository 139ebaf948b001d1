/**
 * OpenAPI at /api/docs describes every route of routes/index.ts — method, path, summary, parameters, body schema
 * (refusing unknown fields, as the validation does) and whether a session is needed — and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../routes/index.ts";
import { createTestWorld, type TestWorld } from "../test-support.ts";

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  security?: unknown[];
  responses?: Record<string, unknown>;
}

let w: TestWorld;
let paths: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  w = await createTestWorld();
  const res = await w.app.inject({ method: "GET", url: "/api/docs/json" });
  expect(res.statusCode).toBe(200);
  paths = res.json().paths;
}, 180_000);
afterAll(() => w?.close());

const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

/** Every object schema in a JSON schema, nested ones included. */
function objects(schema: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(schema)) for (const s of schema) objects(s, out);
  else if (schema && typeof schema === "object") {
    const s = schema as Record<string, unknown>;
    if (s.type === "object" && s.properties) out.push(s);
    for (const v of Object.values(s)) objects(v, out);
  }
  return out;
}

describe("OpenAPI document", () => {
  it("lists exactly the API's routes", () => {
    const documented = Object.entries(paths)
      .filter(([p]) => p.startsWith("/api/") && !p.startsWith("/api/docs"))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    const api = routes.map((r) => `${r.method} ${openApiPath(r.url)}`).sort();
    expect(documented).toEqual(api);
  });

  for (const route of routes) {
    it(`${route.method} ${route.url}: summary, parameters, body and security`, () => {
      const op = paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(op, "documented").toBeDefined();
      if (!op) return;
      expect(op.summary).toMatch(/[\u4e00-\u9fff]/);
      expect(op.tags?.length).toBeGreaterThan(0);
      const pathParams = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const documentedParams = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(documentedParams.sort()).toEqual(pathParams.sort());
      if (route.body) {
        const schema = op.requestBody?.content["application/json"]?.schema;
        expect(schema, "request body schema").toBeDefined();
        const all = objects(schema);
        expect(all.length).toBeGreaterThan(0);
        for (const o of all)
          expect(o.additionalProperties, JSON.stringify(Object.keys(o.properties ?? {}))).toBe(false);
      }
      if (route.consumes) expect(Object.keys(op.requestBody?.content ?? {})).toEqual(route.consumes);
      if (route.auth === "public") expect(op.security).toBeUndefined();
      else expect(op.security).toEqual([{ session: [] }]);
      expect(Object.keys(op.responses ?? {}).length).toBeGreaterThan(0);
    });
  }
});
