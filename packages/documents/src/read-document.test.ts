import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isJixiaoError } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { convertWithSoffice, findSoffice } from "./legacy/run-soffice.ts";
import { readDocument, readText } from "./read-document.ts";
import { encodeGb18030, encodeUtf16 } from "./text/test-encode.ts";
import { writeDocx } from "./write/write-docx.ts";

const seeds = join(import.meta.dirname, "../../../fixtures/seeds");

async function failure(p: Promise<unknown>): Promise<{ code: string; userMessage: string }> {
  try {
    await p;
  } catch (e) {
    if (isJixiaoError(e)) return { code: e.code, userMessage: e.userMessage };
    throw e;
  }
  throw new Error("expected a JixiaoError");
}

describe("readDocument", () => {
  it("refuses empty, binary and unrelated input with a Chinese message", async () => {
    const empty = await failure(readDocument({ bytes: new Uint8Array(0) }));
    expect(empty.code).toBe("not_a_document");
    expect(empty.userMessage).toMatch(/空/);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0]);
    expect((await failure(readDocument({ bytes: elf }))).code).toBe("not_a_document");
    const prose = new TextEncoder().encode("今天天气很好，我们去公园散步。\nHello world.\n");
    const unrelated = await failure(readDocument({ bytes: prose, fileName: "notes.txt" }));
    expect(unrelated.code).toBe("not_a_document");
    expect(unrelated.userMessage).toMatch(/绩效/);
    expect((await failure(Promise.resolve().then(() => readText("   \n")))).code).toBe("not_a_document");
  });

  it("refuses a zip that is neither .docx nor .xlsx", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode("photos/a.jpg")]);
    expect((await failure(readDocument({ bytes: zip, fileName: "a.zip" }))).code).toBe("unsupported_format");
  });

  it("reads the same seed the same in UTF-8, GB18030 and UTF-16", async () => {
    const text = readFileSync(join(seeds, "001_84b2129734047c8f.txt"), "utf8");
    const utf8 = await readDocument({ bytes: new TextEncoder().encode(text) });
    const gb = await readDocument({ bytes: encodeGb18030(text.replace(/\u00a0/g, " ")) });
    const u16 = await readDocument({ bytes: encodeUtf16(text, { bigEndian: true }) });
    expect(gb.document).toEqual(utf8.document);
    expect(u16.document).toEqual(utf8.document);
    expect(utf8.document.projects).toHaveLength(5);
  });

  // two LibreOffice conversions take up to a minute on a busy machine: run with JIXIAO_SOFFICE_TESTS=1
  const soffice = process.env.JIXIAO_SOFFICE_TESTS === "1" && findSoffice() !== null;
  it.skipIf(!soffice)("reads a legacy .doc through LibreOffice", { timeout: 180_000 }, async () => {
    const text = readFileSync(join(seeds, "000_1d3fb6a94e038dcc.txt"), "utf8");
    const fromText = readText(text).document;
    const docx = await writeDocx({ document: fromText });
    const doc = await convertWithSoffice({ bytes: docx, inputExt: "docx", to: "doc" });
    const { document } = await readDocument({ bytes: doc, fileName: "x.doc" });
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual(
      fromText.projects.map((p) => [p.name, p.indicators.length]),
    );
  });

  it("routes .docx, .xlsx and .pdf to the office readers by their bytes, not their names", async () => {
    const office = join(import.meta.dirname, "../../../fixtures/office");
    const read = async (f: string) =>
      (await readDocument({ bytes: new Uint8Array(readFileSync(join(office, f))), fileName: "upload.bin" })).document;
    for (const f of ["lo-performance-text.docx", "lo-performance-text.pdf", "wps-style.docx", "lo-projects.xlsx"]) {
      const doc = await read(f);
      expect(doc.projects[0]?.name).toBe("高新技术企业扶持资金");
      expect(doc.projects[0]?.indicators).toHaveLength(6);
    }
    expect((await read("lo-self-evaluation.xlsx")).kind).toBe("self-evaluation");
  });
});
