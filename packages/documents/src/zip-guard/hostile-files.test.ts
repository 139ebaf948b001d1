import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { isJixiaoError, type JixiaoErrorCode } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { readDocx } from "../docx/read-docx.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { openZip } from "./open-zip.ts";
import { writeZip } from "./write-zip.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(p: Promise<unknown>): Promise<{ code: JixiaoErrorCode; userMessage: string }> {
  try {
    await p;
  } catch (e) {
    if (isJixiaoError(e)) return { code: e.code, userMessage: e.userMessage };
    throw e;
  }
  throw new Error("expected a refusal");
}

const docxWith = (documentXml: string): Uint8Array =>
  writeZip([
    { name: "[Content_Types].xml", data: enc("<Types/>") },
    { name: "word/document.xml", data: enc(documentXml) },
  ]);

function xlsxWith(sheetXml: string, shared = "<sst/>"): Uint8Array {
  return writeZip([
    { name: "[Content_Types].xml", data: enc("<Types/>") },
    {
      name: "xl/workbook.xml",
      data: enc('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: enc('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    },
    { name: "xl/sharedStrings.xml", data: enc(shared) },
    { name: "xl/worksheets/sheet1.xml", data: enc(sheetXml) },
  ]);
}

/** Rewrites the declared uncompressed size of every entry in the central directory. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe("hostile and broken files are refused with a clear JixiaoError", () => {
  it("refuses an entry declaring a huge uncompressed size before inflating anything", async () => {
    const bomb = declareSize(docxWith("<w:document/>"), 2_000_000_000);
    const r = await refusal(readDocx(bomb));
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toContain("压缩炸弹");
  });

  it("refuses an entry with an absurd compression ratio (8 MB of zeros)", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    expect(deflateRawSync(zeros).length).toBeLessThan(20_000);
    const bomb = writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      { name: "word/document.xml", data: zeros },
    ]);
    expect((await refusal(readDocx(bomb))).code).toBe("hostile_file");
  });

  it("refuses an entry that inflates past the size it declares", () => {
    const lying = declareSize(docxWith(`<w:document>${"x".repeat(10_000)}</w:document>`), 100);
    const zip = openZip(lying);
    expect(() => zip.read("word/document.xml")).toThrowError(expect.objectContaining({ code: "hostile_file" }));
  });

  it("refuses XML entity declarations (billion laughs) in a .docx and in a .xlsx", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    const d = await refusal(readDocx(docxWith(laughs)));
    expect(d.code).toBe("hostile_file");
    expect(d.userMessage).toContain("实体");
    const x = await refusal(
      readXlsx(xlsxWith("<worksheet/>", '<!DOCTYPE x [<!ENTITY a "a">]><sst><si><t>&a;</t></si></sst>')),
    );
    expect(x.code).toBe("hostile_file");
  });

  it("refuses a sheet with a million rows by its declared dimension, before reading cells", async () => {
    const r = await refusal(readXlsx(xlsxWith('<worksheet><dimension ref="A1:C1000000"/><sheetData/></worksheet>')));
    expect(r.code).toBe("hostile_file");
    expect(r.userMessage).toContain("1000000 行");
  });

  it("refuses a sheet whose rows exceed the cap even without a dimension", async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `<row r="${i + 1}"/>`).join("");
    const r = await refusal(
      readXlsx(xlsxWith(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), { maxRows: 1000, maxCells: 10_000 }),
    );
    expect(r.code).toBe("hostile_file");
  });

  it("refuses a password-protected (encrypted OLE) file", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = "EncryptionInfo";
    for (let i = 0; i < name.length; i++) ole[1024 + i * 2] = name.charCodeAt(i);
    const r = await refusal(readDocx(ole));
    expect(r.code).toBe("unsupported_format");
    expect(r.userMessage).toContain("密码");
    expect((await refusal(readXlsx(ole))).code).toBe("unsupported_format");
  });

  it("refuses a truncated .docx as malformed", async () => {
    const whole = new Uint8Array(readFileSync(join(fixtures, "lo-performance-text.docx")));
    const r = await refusal(readDocx(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(r.code).toBe("malformed_file");
    expect(r.userMessage).toMatch(/损坏|不完整/);
  });

  it("refuses a PDF renamed to .docx, and a .xlsx given to the .docx reader", async () => {
    const pdf = new Uint8Array(readFileSync(join(fixtures, "lo-self-evaluation.pdf")));
    const r = await refusal(readDocx(pdf));
    expect(r.code).toBe("unsupported_format");
    expect(r.userMessage).toContain("PDF");
    const xlsx = new Uint8Array(readFileSync(join(fixtures, "lo-self-evaluation.xlsx")));
    expect((await refusal(readDocx(xlsx))).userMessage).toContain("Excel");
  });

  it("refuses an empty file and random bytes", async () => {
    expect((await refusal(readDocx(new Uint8Array()))).code).toBe("malformed_file");
    expect((await refusal(readXlsx(enc("just some text")))).code).toBe("unsupported_format");
  });
});
