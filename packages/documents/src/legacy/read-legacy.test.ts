import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isJixiaoError } from "@jixiao/core";
import { afterEach, describe, expect, it } from "vitest";
import { readDocument } from "../read-document.ts";
import { readLegacy } from "./read-legacy.ts";
import { convertWithSoffice, findSoffice } from "./run-soffice.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const installed = findSoffice() !== null;

describe("readLegacy", () => {
  afterEach(() => {
    delete process.env.JIXIAO_SOFFICE;
  });

  it("says LibreOffice is unavailable, in Chinese, when it is not installed", async () => {
    process.env.JIXIAO_SOFFICE = "none";
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await readLegacy(ole, "doc").catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("unavailable");
    expect(isJixiaoError(err) && err.userMessage).toContain("LibreOffice");
  });

  it("refuses bytes that are not an old binary Office file", async () => {
    const err = await readLegacy(new TextEncoder().encode("hello"), "xls").catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("unsupported_format");
  });

  it.skipIf(!installed)(
    "reads a .doc made by LibreOffice through the .docx reader (tables and merges intact)",
    async () => {
      const docx = new Uint8Array(readFileSync(join(fixtures, "lo-self-evaluation.docx")));
      const doc = await convertWithSoffice({ bytes: docx, inputExt: "docx", to: "doc:MS Word 97" });
      const blocks = await readLegacy(doc, "doc");
      const table = blocks.find((b) => b.kind === "table");
      expect(table?.kind === "table" && table.rows[0]).toEqual([
        { text: "部门名称" },
        { text: "天津市科学技术局", colSpan: 8 },
      ]);
      expect(table?.kind === "table" && table.rows[2]?.[0]?.mergedFromAbove).toBe(true);
    },
    240_000,
  );

  it.skipIf(!installed)(
    "reads an .xls made by LibreOffice through the front door: every sheet, merges and numbers intact",
    async () => {
      const xlsx = new Uint8Array(readFileSync(join(fixtures, "lo-provincial.xlsx")));
      const xls = await convertWithSoffice({ bytes: xlsx, inputExt: "xlsx", to: "xls:MS Excel 97" });
      expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
      const { document } = await readDocument({ bytes: xls, fileName: "目标表.xls" });
      expect(document.projects.map((p) => [p.name, p.budget?.total, p.indicators.length])).toEqual([
        ["高新技术企业扶持资金", 500, 6],
        ["2025年省级科技创新引导专项", 300, 4],
      ]);
      expect(document.projects[1]?.spendPlan).toEqual({ mar: 10, jun: 40, oct: 80, dec: 100 });
    },
    240_000,
  );

  it("a .xls without LibreOffice: unavailable, with a Chinese and an English explanation", async () => {
    process.env.JIXIAO_SOFFICE = "none";
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await readDocument({ bytes: ole, fileName: "旧表.xls" }).catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("unavailable");
    expect(isJixiaoError(err) && err.userMessage).toMatch(/未安装 LibreOffice.*\.xls/);
    expect(isJixiaoError(err) && err.message).toMatch(/LibreOffice .*not installed.*\.docx\/\.xlsx/);
  });
});
