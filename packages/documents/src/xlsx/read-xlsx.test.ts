import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../blocks.ts";
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
