import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../blocks.ts";
import { understandBlocks } from "../understand/understand-blocks.ts";
import { writeZip } from "../zip-guard/write-zip.ts";
import { formatCellNumber } from "./format-cell.ts";
import { readXlsx } from "./read-xlsx.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === "table");

describe("readXlsx on LibreOffice-made workbooks", () => {
  it("reads every sheet (one project per sheet) with titles as paragraphs and bordered tables", async () => {
    const blocks = await readXlsx(load("lo-projects.xlsx"));
    const paras = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paras).toEqual(["高新技术企业扶持资金绩效目标", "1.2025年省级科技创新引导专项绩效目标表"]);
    const [first, unit, second] = tables(blocks);
    expect(first?.source?.page).toBe(1);
    expect(first?.rows[0]).toEqual([
      { text: "项目\n编码" },
      { text: "", colSpan: 2 },
      { text: "项目名称" },
      { text: "高新技术企业扶持资金", colSpan: 3 },
    ]);
    // 预算规模及资金用途 merged over two rows; the empty indicator row stays inside the table.
    expect(first?.rows[2]?.[0]).toEqual({ text: "", mergedFromAbove: true });
    expect(first?.rows[8]?.[0]?.mergedFromAbove).toBe(true);
    expect(first?.rows[8]?.slice(1).every((c) => c.text === "")).toBe(true);
    expect(unit?.rows).toEqual([
      [
        { text: "306001唐山市路南区科学技术局本级", colSpan: 5 },
        { text: "单位：万元", colSpan: 2 },
      ],
    ]);
    expect(second?.source?.page).toBe(2);
    // Numbers stored as text stay as written.
    expect(second?.rows[2]?.map((c) => c.text)).toContain("300.00");
  });

  it("reads a sheet without borders, numbers formatted as shown", async () => {
    const [t] = tables(await readXlsx(load("lo-self-evaluation.xlsx")));
    expect(t?.rows[2]?.map((c) => c.text)).toEqual([
      "",
      "",
      "85652.16",
      "176875.03",
      "170639.2",
      "10",
      "9.65",
      "96.5%",
    ]);
    // The one-cell 偏差原因 row under the goals stays in the table, and so does everything after it.
    expect(t?.rows[7]?.map((c) => c.text)).toEqual(["", "偏差原因分析及改进措施", ""]);
    expect(t?.rows.at(-1)?.[0]?.text).toBe("整体支出绩效自评结论");
  });
});

describe("readXlsx on a provincial-template workbook (fixtures/office/lo-provincial.xlsx)", () => {
  it("reads the summary sheet and one sheet per project, numbers stored as numbers and as text alike", async () => {
    const blocks = await readXlsx(load("lo-provincial.xlsx"));
    expect([...new Set(blocks.map((b) => b.source?.page))]).toEqual([1, 2, 3]);
    const [summary, first, second] = tables(blocks);
    expect(summary?.rows[2]?.map((c) => c.text)).toEqual([
      "2",
      "2025年省级科技创新引导专项",
      "13020225P00892710002C",
      "300",
      "300",
      "唐山市路南区科学技术局本级",
    ]);
    // Text "500万元" on one sheet, the float 300 on the other; shares as text "50%" and as 0.4 with a % format.
    expect(first?.rows[1]?.[2]?.text).toBe("500万元");
    expect(second?.rows[1]?.[2]?.text).toBe("300");
    expect(second?.rows[4]?.map((c) => c.text)).toEqual(["", "10%", "40%", "80%", "100%"]);
    expect(second?.rows[4]?.[2]?.colSpan).toBe(2);
  });

  it("understands two projects, the summary sheet not taken for one, wherever it stands", async () => {
    const blocks = await readXlsx(load("lo-provincial.xlsx"));
    const summaryLast = [...blocks.filter((b) => b.source?.page !== 1), ...blocks.filter((b) => b.source?.page === 1)];
    for (const order of [blocks, summaryLast]) {
      const { document, warnings } = understandBlocks(order);
      expect(document.projects.map((p) => [p.name, p.budget?.total, p.indicators.length])).toEqual([
        ["高新技术企业扶持资金", 500, 6],
        ["2025年省级科技创新引导专项", 300, 4],
      ]);
      expect(document.projects[1]?.spendPlan).toEqual({ mar: 10, jun: 40, oct: 80, dec: 100 });
      expect(warnings.map((w) => w.code)).toEqual(["blank_row"]);
    }
  });
});

describe("readXlsx on prefixed SpreadsheetML (<x:row><x:c>, as the .NET Open XML SDK writes it)", () => {
  const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
  const workbook = (sheetXml: string): Uint8Array =>
    writeZip([
      { name: "[Content_Types].xml", data: enc("<Types/>") },
      {
        name: "xl/workbook.xml",
        data: enc(
          `<x:workbook ${X} ${R}><x:sheets><x:sheet name="项目1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
        ),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: enc(
          '<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"><p:Relationship Id="rId1" Target="worksheets/sheet1.xml"/></p:Relationships>',
        ),
      },
      {
        name: "xl/sharedStrings.xml",
        data: enc(`<x:sst ${X}><x:si><x:t>项目名称</x:t></x:si><x:si><x:t>科技创新券</x:t></x:si></x:sst>`),
      },
      { name: "xl/worksheets/sheet1.xml", data: enc(sheetXml) },
    ]);

  it("reads cells, shared strings and merges", async () => {
    const sheet = `<x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>预算数</x:t></x:is></x:c><x:c r="B2"><x:v>300</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>`;
    const [t] = tables(await readXlsx(workbook(sheet)));
    expect(t?.rows).toEqual([
      [{ text: "项目名称" }, { text: "科技创新券", colSpan: 2 }],
      [{ text: "预算数" }, { text: "300" }],
    ]);
  });

  it("counts prefixed rows against the cap too", async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<x:row r="${i + 1}"><x:c r="A${i + 1}"><x:v>1</x:v></x:c></x:row>`,
    );
    const err = await readXlsx(
      workbook(`<x:worksheet ${X}><x:sheetData>${rows.join("")}</x:sheetData></x:worksheet>`),
      {
        maxRows: 20,
        maxCells: 1000,
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "hostile_file" });
  });
});

describe("formatCellNumber", () => {
  it("shows numbers as the sheet does", () => {
    expect(formatCellNumber("0.6838", "0.00%")).toBe("68.38%");
    expect(formatCellNumber("1", "0%")).toBe("100%");
    expect(formatCellNumber("300", "0.00")).toBe("300.00");
    expect(formatCellNumber("1036.0599999999999", "General")).toBe("1036.06");
    expect(formatCellNumber("1234.5", "#,##0.00")).toBe("1234.50");
    expect(formatCellNumber("45657", "yyyy-m-d")).toBe("2024年12月31日");
  });
});
