import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../seed/seed-demo.ts";
import { createTestWorld, sampleDocument, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

function multipart(
  file: { name: string; bytes: Uint8Array; type?: string } | null,
  fields: Record<string, string> = {},
) {
  const boundary = "----jixiao-test-boundary";
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.from(file.bytes));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

const countDocs = async () =>
  (await w.as(w.users.admin[0], { method: "GET", url: "/api/documents?limit=500" })).json().total as number;
const seed = (name: string) => new Uint8Array(readFileSync(join(SEEDS_DIR, name)));

describe("import: upload → preview → confirm", () => {
  it("previews a seed text file: the parsed document and the findings; nothing stored", async () => {
    const before = await countDocs();
    const body = multipart({
      name: "001_84b2129734047c8f.txt",
      bytes: seed("001_84b2129734047c8f.txt"),
      type: "text/plain",
    });
    const res = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/imports/preview", ...body });
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.document.format).toBe("jixiao/v1");
    expect(preview.document.projects.length).toBeGreaterThan(0);
    expect(preview.check.report.pack.id).toBe("national");
    expect(Array.isArray(preview.check.report.findings)).toBe(true);
    expect(await countDocs()).toBe(before);
  });

  it("confirm stores the document with its source file, in the editor's department", async () => {
    const before = await countDocs();
    const body = multipart({
      name: "001_84b2129734047c8f.txt",
      bytes: seed("001_84b2129734047c8f.txt"),
      type: "text/plain",
    });
    const res = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/imports", ...body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().record).toMatchObject({ departmentId: w.departments[0].id, state: "draft", version: 1 });
    expect(await countDocs()).toBe(before + 1);
    const versions = await w.as(w.users.unit_editor[0], {
      method: "GET",
      url: `/api/documents/${res.json().record.id}/versions`,
    });
    expect(versions.json().items[0].reason).toBe("import");
  });

  it("an admin's import of a jixiao/v1 JSON file goes to the department it names (created if new)", async () => {
    const doc = sampleDocument({ department: "新建的文化旅游局", title: "JSON 导入" });
    const body = multipart({
      name: "doc.json",
      bytes: new TextEncoder().encode(JSON.stringify(doc)),
      type: "application/json",
    });
    const res = await w.as(w.users.admin[0], { method: "POST", url: "/api/imports", ...body });
    expect(res.statusCode, res.body).toBe(201);
    const region = (await w.as(w.users.admin[0], { method: "GET", url: "/api/region" })).json();
    const dept = region.departments.find((d: { name: string }) => d.name === "新建的文化旅游局");
    expect(dept).toBeDefined();
    expect(res.json().record.departmentId).toBe(dept.id);
  });

  it("a file that is not a document: 4xx in Chinese, nothing stored, the server keeps serving", async () => {
    const before = await countDocs();
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const res = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/imports",
      ...multipart({ name: "x.bin", bytes: junk }),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countDocs()).toBe(before);
    expect((await w.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("a hostile zip (declared .docx, a bomb of zeros) is refused with 4xx; nothing stored", async () => {
    const before = await countDocs();
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file("word/document.xml", new Uint8Array(200 * 1024 * 1024));
    const bytes = await zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 9 },
    });
    const res = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/imports",
      ...multipart({ name: "bomb.docx", bytes }),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(await countDocs()).toBe(before);
  });

  it("an upload over 50 MB gets 413 in Chinese; nothing stored", async () => {
    const before = await countDocs();
    const big = new Uint8Array(50 * 1024 * 1024 + 1024).fill(0x41);
    const res = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/imports",
      ...multipart({ name: "big.txt", bytes: big }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain("过大");
    expect(await countDocs()).toBe(before);
  });

  it("no file, or not multipart: 4xx", async () => {
    const none = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/imports/preview",
      ...multipart(null, { a: "b" }),
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain("没有收到文件");
    const json = await w.as(w.users.unit_editor[0], { method: "POST", url: "/api/imports/preview", payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
  });

  it("viewers and reviewers cannot import", async () => {
    const body = multipart({ name: "doc.json", bytes: new TextEncoder().encode(JSON.stringify(sampleDocument())) });
    for (const user of [w.users.viewer[0], w.users.department_reviewer[0], w.users.finance_reviewer[0]]) {
      const res = await w.as(user, { method: "POST", url: "/api/imports", ...body });
      expect(res.statusCode).toBe(403);
    }
  });
});
