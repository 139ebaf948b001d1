import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { registerWebStatic } from "./web-static.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-web-dist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("registerWebStatic", () => {
  it("does nothing without a build", async () => {
    const app = Fastify();
    expect(await registerWebStatic(app, { dir: join(dir, "missing") })).toBe(false);
    await app.close();
  });

  it("serves the build, falls back to index.html for app addresses, leaves /api alone", async () => {
    mkdirSync(join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>绩效</title>");
    writeFileSync(join(dir, "assets", "index-abc.js"), "console.log(1)");
    const app = Fastify();
    expect(await registerWebStatic(app, { dir })).toBe(true);
    app.get("/api/health", async () => ({ ok: true }));
    const root = await app.inject({ method: "GET", url: "/" });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain("<title>绩效</title>");
    expect(root.headers["cache-control"]).toBe("no-cache");
    const deep = await app.inject({ method: "GET", url: "/documents/81d5cbfb-8456-4042-9c7c-66e18964bf13?tab=review" });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain("<title>绩效</title>");
    const asset = await app.inject({ method: "GET", url: "/assets/index-abc.js" });
    expect(asset.body).toBe("console.log(1)");
    expect(asset.headers["cache-control"]).toContain("immutable");
    expect((await app.inject({ method: "GET", url: "/api/health" })).json()).toEqual({ ok: true });
    const unknownApi = await app.inject({ method: "GET", url: "/api/nothing" });
    expect(unknownApi.statusCode).toBe(404);
    expect(unknownApi.body).not.toContain("<title>");
    await app.close();
  });
});
