import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import { readDocument, readText } from "@jixiao/documents";
import { withoutKeys } from "@jixiao/documents/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "../test-support.ts";

/**
 * GET /api/documents/:id/export for the office formats, on the document kinds that have their own official
 * layout (绩效文本, 自评表, 监控表): the file reads back as the stored document, and PDF says clearly when
 * LibreOffice is missing.
 */
let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());
afterEach(() => {
  delete process.env.JIXIAO_SOFFICE;
});

const has = (tool: string): boolean => {
  try {
    execFileSync("sh", ["-c", 'command -v "$0"', tool], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
};

const root = join(import.meta.dirname, "../../../..");
const seed = (prefix: string): PerformanceDocument => {
  const dir = join(root, "fixtures/seeds");
  return readText(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix)) ?? ""), "utf8")).document;
};
const handMade = (name: string): PerformanceDocument =>
  readText(readFileSync(join(root, "fixtures/text", name), "utf8")).document;

/** The document without `source` (positions differ between the text and the written file by design). */
const withoutSource = (x: unknown): unknown => withoutKeys(x, ["source"]);

async function store(document: PerformanceDocument): Promise<{ id: string; stored: PerformanceDocument }> {
  const res = await w.as(w.users.admin[0], { method: "POST", url: "/api/documents", payload: { document } });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().record.id as string;
  const json = await w.as(w.users.admin[0], { method: "GET", url: `/api/documents/${id}/export?format=json` });
  return { id, stored: JSON.parse(json.body) as PerformanceDocument };
}

const exportAs = (id: string, format: string) =>
  w.as(w.users.admin[0], { method: "GET", url: `/api/documents/${id}/export?format=${format}` });

describe("office exports of each document kind", () => {
  for (const [name, document] of [
    ["seed 002 self-evaluation", () => seed("002")],
    ["a monitoring form", () => handMade("project-monitoring-tianjin.txt")],
    ["a project self-evaluation", () => handMade("project-self-evaluation-sichuan.txt")],
  ] as const) {
    it(`${name}: .docx and .xlsx read back as the stored document`, async () => {
      const { id, stored } = await store(document());
      for (const format of ["docx", "xlsx"]) {
        const res = await exportAs(id, format);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers["content-disposition"]).toMatch(new RegExp(`\\.${format}"`));
        const back = await readDocument({ bytes: new Uint8Array(res.rawPayload), fileName: `x.${format}` });
        expect(withoutSource(back.document), format).toEqual(withoutSource(stored));
      }
    }, 60_000);
  }

  it("PDF without LibreOffice: 503 with a Chinese message naming LibreOffice", async () => {
    const { id } = await store(handMade("project-monitoring-tianjin.txt"));
    process.env.JIXIAO_SOFFICE = "none";
    const res = await exportAs(id, "pdf");
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe("unavailable");
    expect(res.json().error.message).toMatch(/LibreOffice/);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);

  it.skipIf(!has("soffice") && !has("libreoffice"))(
    "PDF with LibreOffice: a PDF whose fonts are all embedded",
    async () => {
      const { id } = await store(seed("002"));
      const res = await exportAs(id, "pdf");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toContain("application/pdf");
      expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      if (!has("pdffonts")) return;
      const dir = mkdtempSync(join(tmpdir(), "jixiao-export-"));
      try {
        writeFileSync(join(dir, "x.pdf"), res.rawPayload);
        const out = execFileSync("pdffonts", [join(dir, "x.pdf")], { encoding: "utf8" });
        const rows = out
          .split("\n")
          .slice(2)
          .filter((l) => l.trim() !== "");
        expect(rows.length).toBeGreaterThan(0);
        // name type encoding emb sub uni object-id generation: emb is the fifth column from the end
        for (const r of rows) expect(r.trim().split(/\s+/).at(-5), r).toBe("yes");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
