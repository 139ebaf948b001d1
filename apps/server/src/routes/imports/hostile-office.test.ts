import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, type TestWorld } from "../../test-support.ts";

/**
 * Hostile office files through the import endpoints (preview and confirm): each gets a 4xx with its code and a
 * Chinese message, nothing is stored, and the server keeps serving. The zip bomb is in imports.test.ts.
 */
let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

const office = join(import.meta.dirname, "../../../../../fixtures/office");
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(office, name)));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function multipart(name: string, bytes: Uint8Array) {
  const boundary = "----jixiao-hostile-boundary";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** A minimal stored zip (method 0), enough for the readers to find their parts. */
async function zipOf(entries: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const countDocs = async () =>
  (await w.as(w.users.admin[0], { method: "GET", url: "/api/documents?limit=500" })).json().total as number;

const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;

async function millionRows(): Promise<Uint8Array> {
  const rows: string[] = [];
  for (let i = 1; i <= 100_001; i++) rows.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`);
  return zipOf({
    "[Content_Types].xml": "<Types/>",
    "xl/workbook.xml": '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    // The dimension claims one row: the reader must count the rows itself.
    "xl/worksheets/sheet1.xml": `<worksheet><dimension ref="A1"/><sheetData>${rows.join("")}</sheetData></worksheet>`,
  });
}

const cases: { title: string; name: string; bytes: () => Promise<Uint8Array>; code: string; says: RegExp }[] = [
  {
    title: "XML entity expansion (billion laughs) in a .docx",
    name: "laughs.docx",
    bytes: () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": laughs }),
    code: "hostile_file",
    says: /实体/,
  },
  {
    title: "a sheet of more than 100,000 rows",
    name: "rows.xlsx",
    bytes: millionRows,
    code: "hostile_file",
    says: /过大/,
  },
  {
    title: "a password-protected .docx (encrypted OLE container)",
    name: "加密.docx",
    bytes: async () => load("encrypted.docx"),
    code: "unsupported_format",
    says: /密码/,
  },
  {
    title: "a truncated .docx",
    name: "truncated.docx",
    bytes: async () => {
      const whole = load("lo-performance-text.docx");
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    code: "malformed_file",
    says: /损坏|不完整/,
  },
  {
    title: "a zip that is neither .docx nor .xlsx",
    name: "other.docx",
    bytes: () => zipOf({ "readme.txt": enc("hello") }),
    code: "unsupported_format",
    says: /压缩/,
  },
];

describe("hostile office files through /api/imports", () => {
  for (const c of cases) {
    it(`${c.title}: 4xx with a Chinese message on preview and on confirm; nothing stored`, async () => {
      const bytes = await c.bytes();
      const before = await countDocs();
      for (const url of ["/api/imports/preview", "/api/imports"]) {
        const res = await w.as(w.users.unit_editor[0], { method: "POST", url, ...multipart(c.name, bytes) });
        expect(res.statusCode, `${url} ${res.body}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.json().error.code).toBe(c.code);
        expect(res.json().error.message).toMatch(c.says);
      }
      expect(await countDocs()).toBe(before);
      expect((await w.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    }, 60_000);
  }

  it("a PDF named .docx is previewed as the PDF it is, with a warning about its name", async () => {
    const res = await w.as(w.users.unit_editor[0], {
      method: "POST",
      url: "/api/imports/preview",
      ...multipart("自评表.docx", load("lo-self-evaluation.pdf")),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().document.kind).toBe("self-evaluation");
    expect(res.json().warnings[0]).toMatchObject({ code: "extension_mismatch" });
  }, 60_000);
});
