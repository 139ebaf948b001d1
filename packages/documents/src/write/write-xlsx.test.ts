import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../blocks.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { openZip } from "../zip-guard/open-zip.ts";
import { samplePerformanceText } from "./testing/sample-documents.ts";
import { writeXlsx } from "./write-xlsx.ts";

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("writeXlsx (绩效文本)", () => {
  it("writes the overall goals sheet, one sheet per project and a summary sheet", async () => {
    const wb = await workbook(await writeXlsx({ document: samplePerformanceText(3) }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "部门整体绩效目标",
      "1.科技创新专项1",
      "2.科技创新专项2",
      "3.科技创新专项3",
      "项目汇总",
    ]);
  });

  it("keeps numbers as numbers with their display format, and merges cells", async () => {
    const wb = await workbook(await writeXlsx({ document: samplePerformanceText(1) }));
    const ws = wb.getWorksheet("1.科技创新专项1");
    const cells: ExcelJS.Cell[] = [];
    ws?.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const budget = cells.find((c) => c.value === 1011.07);
    expect(budget?.numFmt).toBe("0.00");
    const plan = cells.find((c) => c.value === 0.25);
    expect(plan?.numFmt).toBe("0%");
    const produce = cells.find((c) => c.value === "产出指标");
    expect(produce?.isMerged).toBe(true);
    const [unit] = (await readXlsx(await writeXlsx({ document: samplePerformanceText(1) }))).filter(
      (b): b is TableBlock => b.kind === "table",
    );
    expect(unit?.rows[0]?.map((c) => c.text)).toEqual(["112001承德高新技术产业开发区科学技术局本级", "单位：万元"]);
  });

  it("guards text cells that look like formulas: stored as strings, styled with quotePrefix", async () => {
    const doc = samplePerformanceText(1);
    const p = doc.projects[0];
    if (!p) throw new Error("no project");
    p.purpose = '=HYPERLINK("http://evil","点击")';
    p.indicators[0] = {
      ...(p.indicators[0] as (typeof p.indicators)[number]),
      name: "+1+cmd|' /C calc'!A0",
      basis: "@SUM(A1)",
    };
    const bytes = await writeXlsx({ document: doc });
    const zip = openZip(bytes);
    const sheet = zip.readText("xl/worksheets/sheet2.xml") ?? "";
    expect(sheet).not.toContain("<f>");
    expect(zip.readText("xl/styles.xml")).toContain('quotePrefix="1"');
    const texts = (await readXlsx(bytes)).flatMap((b) =>
      b.kind === "table" ? b.rows.flat().map((c) => c.text) : [b.text],
    );
    expect(texts).toContain('=HYPERLINK("http://evil","点击")');
    expect(texts).toContain("@SUM(A1)");
  });
});
