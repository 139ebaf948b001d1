import { JixiaoError } from "@jixiao/core";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Principal } from "../auth/principal.ts";
import type { Services } from "../services.ts";
import { registerErrorHandler } from "./error-handler.ts";
import { defineRoute, registerRoute } from "./route.ts";

const echo = defineRoute({
  method: "POST",
  url: "/echo/:id",
  summary: "echo",
  tags: ["test"],
  params: z.object({ id: z.string().uuid() }).strict(),
  querystring: z.object({ n: z.coerce.number().int().optional() }).strict(),
  body: z.object({ name: z.string().min(1), amount: z.number() }).strict(),
  handler: async ({ params, query, body, principal }) => ({
    id: params.id,
    n: query.n ?? null,
    body,
    user: principal.userId,
  }),
});

const boom = defineRoute({
  method: "GET",
  url: "/boom",
  summary: "boom",
  tags: ["test"],
  auth: "public",
  handler: async () => {
    throw new Error("database password is hunter2");
  },
});

const conflict = defineRoute({
  method: "GET",
  url: "/conflict",
  summary: "conflict",
  tags: ["test"],
  auth: "public",
  handler: async () => {
    throw new JixiaoError("conflict", "stale", { userMessage: "已被他人修改", details: { version: 3 } });
  },
});

const app = Fastify({ logger: false });
const id = "0b6f7c1e-4c1a-4a53-9b0e-1b2f9a4e8d11";

beforeAll(async () => {
  registerErrorHandler(app);
  const authenticate = async (request: { headers: Record<string, unknown> }) =>
    request.headers.authorization === "ok" ? ({ userId: "u1" } as Principal) : null;
  for (const r of [echo, boom, conflict]) registerRoute(app, r, { services: {} as Services, authenticate });
  await app.ready();
}, 180_000);
afterAll(() => app.close());

const post = (payload: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: "POST",
    url: `/echo/${id}?n=4`,
    payload,
    headers: { "content-type": "application/json", authorization: "ok", ...headers },
  });

describe("route layer", () => {
  it("passes valid input through, with query coercion", async () => {
    const res = await post(JSON.stringify({ name: "甲", amount: 1.5 }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, n: 4, body: { name: "甲", amount: 1.5 }, user: "u1" });
  });

  it("authenticates before validating: a stranger gets 401 even for a bad body", async () => {
    const res = await post("{bad", { authorization: "no" });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe("请先登录");
  });

  it("malformed JSON → 400 in Chinese", async () => {
    const res = await post("{bad json");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("JSON");
  });

  it("wrong types and unknown fields → 400 naming the field", async () => {
    const wrong = await post(JSON.stringify({ name: "甲", amount: "1.5" }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain("amount");
    const extra = await post(JSON.stringify({ name: "甲", amount: 1, admin: true }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain("未知字段 admin");
  });

  it("bad path parameter → 400", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/echo/42",
      payload: { name: "a", amount: 1 },
      headers: { authorization: "ok" },
    });
    expect(res.statusCode).toBe(400);
  });

  it("wrong content type → 415", async () => {
    const res = await post("name=a", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("unsupported_format");
  });

  it("unknown errors → generic 500 without internals", async () => {
    const res = await app.inject({ method: "GET", url: "/boom" });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain("hunter2");
    expect(res.json().error.message).toBe("服务器内部错误，请稍后重试");
  });

  it("JixiaoError codes map to statuses with details", async () => {
    const res = await app.inject({ method: "GET", url: "/conflict" });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: { code: "conflict", message: "已被他人修改", details: { version: 3 } } });
  });

  it("unknown paths → 404 in Chinese", async () => {
    const res = await app.inject({ method: "GET", url: "/nowhere" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("没有这个地址");
  });
});
