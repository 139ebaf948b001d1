import { getRegion } from "@jixiao/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, createThroughApi, sampleDocument, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
let code: string;
let publishedId: string;
let draftId: string;

const create = (title: string, actions: string[]) => createThroughApi(w, sampleDocument({ title }), actions);

beforeAll(async () => {
  w = await createTestWorld();
  code = (await getRegion(w.database.db, { regionId: w.regionId }))?.code ?? "";
  publishedId = await create("2024年公开的绩效文本", [
    "submit",
    "department_approve",
    "finance_approve",
    "approve",
    "publish",
  ]);
  draftId = await create("尚未公开的草稿", []);
});
afterAll(async () => {
  await w?.close();
});

describe("公开: published documents without an account", () => {
  it("lists the regions and a region's published documents only", async () => {
    const regions = await w.as(null, { method: "GET", url: "/api/public/regions" });
    expect(regions.statusCode).toBe(200);
    expect(regions.json().items.map((r: { code: string }) => r.code)).toContain(code);
    const res = await w.as(null, { method: "GET", url: `/api/public/regions/${code}/documents` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; title: string; department: string }[];
    expect(items.map((d) => d.id)).toEqual([publishedId]);
    expect(items[0]).toMatchObject({ title: "2024年公开的绩效文本", department: "测试科学技术局" });
    // Nothing that identifies the region's internals beyond its code and name.
    expect(res.body).not.toContain(w.regionId);
    expect(res.body).not.toContain(w.departments[0].id);
  });

  it("downloads a published document; a draft is not found, as is an unknown region", async () => {
    const json = await w.as(null, {
      method: "GET",
      url: `/api/public/regions/${code}/documents/${publishedId}/export?format=json`,
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers["content-disposition"]).toContain("attachment");
    expect(json.json().title).toBe("2024年公开的绩效文本");
    const docx = await w.as(null, {
      method: "GET",
      url: `/api/public/regions/${code}/documents/${publishedId}/export?format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const draft = await w.as(null, {
      method: "GET",
      url: `/api/public/regions/${code}/documents/${draftId}/export?format=json`,
    });
    expect(draft.statusCode).toBe(404);
    expect(draft.json().error.message).toMatch(/已公开/);
    const nowhere = await w.as(null, { method: "GET", url: "/api/public/regions/nowhere/documents" });
    expect(nowhere.statusCode).toBe(404);
    const format = await w.as(null, {
      method: "GET",
      url: `/api/public/regions/${code}/documents/${publishedId}/export?format=exe`,
    });
    expect(format.statusCode).toBe(415);
  });

  it("a year filter and bad parameters", async () => {
    const res = await w.as(null, { method: "GET", url: `/api/public/regions/${code}/documents?year=1999` });
    expect(res.json().items).toEqual([]);
    const bad = await w.as(null, { method: "GET", url: `/api/public/regions/${code}/documents?year=abc` });
    expect(bad.statusCode).toBe(400);
  });
});
