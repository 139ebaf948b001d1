import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../blocks.ts";
import { readText } from "../read-document.ts";
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

describe("writeXlsx (monitoring and project self-evaluation forms)", () => {
  const root = join(import.meta.dirname, "../../../..");
  const load = (name: string) => readText(readFileSync(join(root, "fixtures/text", name), "utf8")).document;

  it("one landscape sheet per project form, amounts and rates stored as numbers, merged label cells", async () => {
    const wb = await workbook(await writeXlsx({ document: load("project-monitoring-tianjin.txt") }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["1.天津市科技成果转化专项资金"]);
    const ws = wb.worksheets[0];
    expect(ws?.pageSetup.orientation).toBe("landscape");
    const cells: ExcelJS.Cell[] = [];
    ws?.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.find((c) => c.value === 342)?.type).toBe(ExcelJS.ValueType.Number);
    expect(cells.find((c) => c.value === 0.45)?.numFmt).toBe("0%");
    expect(cells.find((c) => c.value === "1-7月执行数")).toBeDefined();
    expect(cells.find((c) => c.value === "项目资金（万元）")?.isMerged).toBe(true);
  });

  it("the self-evaluation form keeps 分值 and 得分 as numbers", async () => {
    const wb = await workbook(await writeXlsx({ document: load("project-self-evaluation-sichuan.txt") }));
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => cells.push(c)));
    for (const n of [97.73, 13.13, 268.8])
      expect(cells.find((c) => c.value === n)?.type).toBe(ExcelJS.ValueType.Number);
  });
});

/** Every string of a document prefixed with a formula lead (=, +, -, @ in turn); enum fields left alone. */
function poisoned<T>(x: T, leads = ["=", "+", "-", "@"], state = { i: 0 }): T {
  if (typeof x === "string") return `${leads[state.i++ % leads.length]}${x}` as T;
  if (Array.isArray(x)) return x.map((v) => poisoned(v, leads, state)) as T;
  if (x && typeof x === "object") {
    const keep = new Set(["format", "kind", "amountUnit", "grade"]);
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, keep.has(k) ? v : poisoned(v, leads, state)])) as T;
  }
  return x;
}

describe("writeXlsx guards every text cell of every layout", () => {
  const root = join(import.meta.dirname, "../../../..");
  const seeds = join(root, "fixtures/seeds");
  const docs: [string, PerformanceDocument][] = [
    ...readdirSync(seeds).map((f): [string, PerformanceDocument] => [
      `seed ${f.slice(0, 3)}`,
      readText(readFileSync(join(seeds, f), "utf8")).document,
    ]),
    ...["project-monitoring-tianjin.txt", "project-self-evaluation-sichuan.txt"].map(
      (f): [string, PerformanceDocument] => [
        f,
        readText(readFileSync(join(root, "fixtures/text", f), "utf8")).document,
      ],
    ),
  ];
  for (const [name, doc] of docs) {
    it(`${name}: no formulas, and each text cell starting with = + - @ carries quotePrefix`, async () => {
      const zip = openZip(await writeXlsx({ document: poisoned(doc) }));
      const shared = [...(zip.readText("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""),
      );
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zip.readText("xl/styles.xml") ?? "")?.[1] ?? "";
      const quoted = [...xfs.matchAll(/<xf\b[^>]*/g)].map((m) => m[0].includes('quotePrefix="1"'));
      let risky = 0;
      for (const entry of zip.entries.keys()) {
        if (!entry.startsWith("xl/worksheets/sheet")) continue;
        const xml = zip.readText(entry) ?? "";
        expect(xml, entry).not.toContain("<f>");
        for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
          const attrs = c[2] ?? "";
          const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? "")?.[1];
          const text = /t="s"/.test(attrs) ? shared[Number(v)] : /t="inlineStr"/.test(attrs) ? (c[3] ?? "") : null;
          if (text === null || text === undefined || !/^[=+\-@]/.test(text)) continue;
          risky++;
          const style = Number(/ s="(\d+)"/.exec(attrs)?.[1] ?? 0);
          expect(quoted[style], `${entry} ${c[1]} ${text.slice(0, 20)}`).toBe(true);
        }
      }
      expect(risky).toBeGreaterThan(10);
    });
  }
});
