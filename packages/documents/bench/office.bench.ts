/**
 * Office formats: read and write throughput, each reader beside its floor measured in the same run —
 * .docx/.xlsx: unzip with jszip + parse the XML parts with fast-xml-parser (no understanding of them);
 * .pdf: pdfjs text extraction of every page (getTextContent, same loading options). Budgets (issue): reading ≤ 2× the floor; writing the 17-project
 * 绩效文本 of seed 003 as .docx < 300 ms. Reported, never asserted.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { summarize, type Timing, timeAsync } from "../../../scripts/bench-util.ts";
import { readDocx } from "../src/docx/read-docx.ts";
import { readPdf } from "../src/pdf/read-pdf.ts";
import { readText } from "../src/read-document.ts";
import { writeDocx } from "../src/write/write-docx.ts";
import { writeXlsx } from "../src/write/write-xlsx.ts";
import { readXlsx } from "../src/xlsx/read-xlsx.ts";

const root = join(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);

async function unzipAndParse(bytes: Uint8Array, parts: RegExp): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const parser = new XMLParser({ ignoreAttributes: false });
  let n = 0;
  for (const name of Object.keys(zip.files)) {
    if (!parts.test(name)) continue;
    const xml = await zip.file(name)?.async("string");
    if (xml) {
      parser.parse(xml);
      n++;
    }
  }
  return n;
}

/**
 * The floor's loading options: what a plain pdfjs text extraction in Node uses — the CMaps and standard font data
 * shipped with pdfjs-dist (without them Chinese fonts that are not embedded give no text), Node's default of no
 * font faces. The reader opens the PDF with the same options.
 */
function pdfjsOptions(): Record<string, unknown> {
  const dir = dirname(require.resolve("pdfjs-dist/package.json"));
  return {
    cMapUrl: `${join(dir, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, "standard_fonts")}/`,
    disableFontFace: true,
    verbosity: 0,
  };
}

async function pdfjsText(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: bytes.slice(), ...pdfjsOptions() });
  const doc = await task.promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) items += (await (await doc.getPage(p)).getTextContent()).items.length;
  await task.destroy();
  return items;
}

/**
 * Reader and floor timed in alternation (floor, reader, floor, reader, …) so that load from other processes and
 * the garbage collector's state fall on both alike; sequential blocks on this shared machine drift by 2×.
 */
async function sideBySide(
  reader: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  options: { warmup: number; runs: number },
): Promise<{ reader: Timing; floor: Timing; ratioP50: number }> {
  for (let i = 0; i < options.warmup; i++) {
    await floor();
    await reader();
  }
  const r: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    for (const [fn, into] of i % 2 === 0
      ? ([
          [floor, f],
          [reader, r],
        ] as const)
      : ([
          [reader, r],
          [floor, f],
        ] as const)) {
      const t0 = performance.now();
      await fn();
      into.push(performance.now() - t0);
    }
  }
  const rt = summarize(r);
  const ft = summarize(f);
  return { reader: rt, floor: ft, ratioP50: ratio(rt.p50Ms, ft.p50Ms) };
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

export default async function bench(): Promise<Record<string, unknown>> {
  const seed = readText(readFileSync(join(root, "fixtures/seeds/003_f895533748b46b25.txt"), "utf8")).document;
  const docx = await writeDocx({ document: seed });
  const xlsx = await writeXlsx({ document: seed });
  const pdf = new Uint8Array(readFileSync(join(root, "fixtures/office/lo-performance-text.pdf")));
  const loDocx = new Uint8Array(readFileSync(join(root, "fixtures/office/lo-performance-text.docx")));

  const writeDocxT = await timeAsync(() => writeDocx({ document: seed }), { warmup: 3, runs: 20 });
  const writeXlsxT = await timeAsync(() => writeXlsx({ document: seed }), { warmup: 3, runs: 20 });

  const docxFloor = await timeAsync(() => unzipAndParse(docx, /^word\/document\.xml$/), { warmup: 5, runs: 40 });
  const docxRead = await timeAsync(() => readDocx(docx), { warmup: 5, runs: 40 });
  const loFloor = await timeAsync(() => unzipAndParse(loDocx, /^word\/document\.xml$/), { warmup: 5, runs: 40 });
  const loRead = await timeAsync(() => readDocx(loDocx), { warmup: 5, runs: 40 });
  const xlsxFloor = await timeAsync(
    () => unzipAndParse(xlsx, /^xl\/(worksheets\/sheet\d+|sharedStrings|styles|workbook)\.xml$/),
    {
      warmup: 5,
      runs: 40,
    },
  );
  const xlsxRead = await timeAsync(() => readXlsx(xlsx), { warmup: 5, runs: 40 });
  const pdfRuns = { warmup: 3, runs: 30 };
  const pdfSide = await sideBySide(
    () => readPdf(pdf),
    () => pdfjsText(pdf),
    pdfRuns,
  );
  const sePdf = new Uint8Array(readFileSync(join(root, "fixtures/office/lo-self-evaluation.pdf")));
  const seSide = await sideBySide(
    () => readPdf(sePdf),
    () => pdfjsText(sePdf),
    pdfRuns,
  );

  return {
    input: {
      seed: "003 (17 projects)",
      docxBytes: docx.byteLength,
      xlsxBytes: xlsx.byteLength,
      pdf: "fixtures/office/lo-performance-text.pdf",
      pdfBytes: pdf.byteLength,
    },
    write: {
      docxSeed003: writeDocxT,
      docxBudgetMs: 300,
      docxP50UnderBudget: writeDocxT.p50Ms < 300,
      xlsxSeed003: writeXlsxT,
    },
    read: {
      docx: { reader: docxRead, floor: docxFloor, ratioP50: ratio(docxRead.p50Ms, docxFloor.p50Ms) },
      docxLibreOfficeMade: { reader: loRead, floor: loFloor, ratioP50: ratio(loRead.p50Ms, loFloor.p50Ms) },
      xlsx: { reader: xlsxRead, floor: xlsxFloor, ratioP50: ratio(xlsxRead.p50Ms, xlsxFloor.p50Ms) },
      pdf: pdfSide,
      pdfSelfEvaluation: { file: "fixtures/office/lo-self-evaluation.pdf", ...seSide },
      pdfFloor: {
        what: "pdfjs getDocument + getTextContent of every page, nothing else",
        loadingOptions: {
          ...pdfjsOptions(),
          cMapUrl: "pdfjs-dist/cmaps/",
          standardFontDataUrl: "pdfjs-dist/standard_fonts/",
        },
        reader:
          "same loading options (plus useSystemFonts: false, Node's default); one getOperatorList per page (annotations off) gives text and borders",
        timing: "reader and floor alternate run by run, 3 warm-up pairs, 30 timed pairs",
      },
      budgetRatio: 2,
    },
  };
}
