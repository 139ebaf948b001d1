import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isJixiaoError, type JixiaoErrorCode } from "@jixiao/core";
import { afterEach, describe, expect, it } from "vitest";
import { readDocument } from "./read-document.ts";
import { writeZip } from "./zip-guard/write-zip.ts";

/**
 * Hostile and broken files through the front door, as the server's import endpoint and the CLI call it: each is
 * refused with a JixiaoError carrying a Chinese message, before anything large is built.
 */
const fixtures = join(import.meta.dirname, "../../../fixtures/office");
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array, fileName: string): Promise<{ code: JixiaoErrorCode; userMessage: string }> {
  try {
    await readDocument({ bytes, fileName });
  } catch (e) {
    if (isJixiaoError(e)) return { code: e.code, userMessage: e.userMessage };
    throw e;
  }
  throw new Error(`${fileName} was read, expected a refusal`);
}

function workbook(sheetXml: Uint8Array): Uint8Array {
  return writeZip([
    { name: "[Content_Types].xml", data: enc("<Types/>") },
    {
      name: "xl/workbook.xml",
      data: enc('<workbook><sheets><sheet name="目标表" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: enc('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
  ]);
}

describe("readDocument refuses hostile files", () => {
  afterEach(() => {
    delete process.env.JIXIAO_SOFFICE;
  });

  it("a zip bomb: 64 MB of zeros in a few kilobytes", async () => {
    const bomb = writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      { name: "word/document.xml", data: new Uint8Array(64 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const r = await refusal(bomb, "目标表.docx");
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toContain("压缩炸弹");
  });

  it("XML entity expansion (billion laughs)", async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const docx = writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      { name: "word/document.xml", data: enc(lol) },
    ]);
    const r = await refusal(docx, "目标表.docx");
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toContain("实体");
  });

  it("a sheet with more rows than any target workbook has, written out row by row (no dimension to trust)", async () => {
    const rows: string[] = [];
    for (let i = 1; i <= 20_001; i++) rows.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`);
    const r = await refusal(
      workbook(enc(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`)),
      "目标表.xlsx",
    );
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toContain("超过 20000 行");
  });

  it("a .docx whose body is far larger than any real document, refused before its XML tree is built", async () => {
    // 9 MB of ordinary-looking rows (compression ratio ~20, under the bomb limit): parsed, it took ~0.5 GB.
    const rows: string[] = [];
    for (let i = 0, size = 0; size < 9 * 1024 * 1024; i++) {
      const row = `<w:tr><w:tc><w:p><w:r><w:t>产出指标${i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${i * 7}</w:t></w:r></w:p></w:tc></w:tr>`;
      rows.push(row);
      size += Buffer.byteLength(row);
    }
    const docx = writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      {
        name: "word/document.xml",
        data: enc(`<w:document><w:body><w:tbl>${rows.join("")}</w:tbl></w:body></w:document>`),
      },
    ]);
    const r = await refusal(docx, "目标表.docx");
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toMatch(/正文过大.*上限 8 MB/);
  });

  it("a workbook whose sheets together hold more cells than the cap", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1000; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`);
    const sheet = enc(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`);
    const sheets = Array.from({ length: 3 }, (_, i) => i + 1);
    const bytes = writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      {
        name: "xl/workbook.xml",
        data: enc(
          `<workbook><sheets>${sheets.map((i) => `<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`,
        ),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: enc(
          `<Relationships>${sheets.map((i) => `<Relationship Id="rId${i}" Target="worksheets/sheet${i}.xml"/>`).join("")}</Relationships>`,
        ),
      },
      ...sheets.map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: sheet })),
    ]);
    const { readXlsx } = await import("./xlsx/read-xlsx.ts");
    const err = await readXlsx(bytes, { maxRows: 20_000, maxCells: 200_000, maxTotalCells: 5000 }).catch(
      (e: unknown) => e,
    );
    expect(isJixiaoError(err) && err.code).toBe("hostile_file");
    expect(isJixiaoError(err) && err.userMessage).toContain("工作簿过大");
  });

  it("a password-protected .docx (an encrypted OLE container), with and without LibreOffice", async () => {
    const encrypted = load("encrypted.docx");
    for (const soffice of [undefined, "none"]) {
      if (soffice) process.env.JIXIAO_SOFFICE = soffice;
      const r = await refusal(encrypted, "目标表.docx");
      expect(r.code).toBe("unsupported_format");
      expect(r.userMessage).toContain("密码");
      // named .doc, it is still refused for its password, not sent to LibreOffice
      expect((await refusal(encrypted, "目标表.doc")).userMessage).toContain("密码");
    }
  });

  it("a truncated .docx and a truncated .xlsx", async () => {
    for (const name of ["lo-performance-text.docx", "lo-projects.xlsx"]) {
      const whole = load(name);
      const r = await refusal(whole.subarray(0, Math.floor(whole.length * 0.6)), name);
      expect(r.code).toBe("malformed_file");
      expect(r.userMessage).toMatch(/损坏|不完整/);
    }
  });

  it("random bytes named .docx", async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal(noise, "目标表.docx")).code).toBe("not_a_document");
  });

  it("a PDF named .docx is read as the PDF it is, with a warning about the name", async () => {
    const { document, warnings } = await readDocument({
      bytes: load("lo-self-evaluation.pdf"),
      fileName: "自评表.docx",
    });
    expect(document.kind).toBe("self-evaluation");
    expect(warnings[0]).toMatchObject({ code: "extension_mismatch" });
    expect(warnings[0]?.message).toContain("PDF");
  });

  it("a .docx named .xlsx is read as the Word file it is", async () => {
    const { document, warnings } = await readDocument({ bytes: load("lo-nested.docx"), fileName: "目标表.xlsx" });
    expect(document.projects).toHaveLength(1);
    expect(warnings.some((w) => w.code === "extension_mismatch")).toBe(false);
  });
});
