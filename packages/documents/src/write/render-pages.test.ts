import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { readDocx } from "../docx/read-docx.ts";
import { findSoffice } from "../legacy/run-soffice.ts";
import { readPdf } from "../pdf/read-pdf.ts";
import { readText } from "../read-document.ts";
import { samplePerformanceText } from "./testing/sample-documents.ts";
import { writeDocx } from "./write-docx.ts";
import { writePdf } from "./write-pdf.ts";

const installed = findSoffice() !== null;
const has = (tool: string): boolean => {
  try {
    execFileSync("sh", ["-c", 'command -v "$0"', tool], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
};
const hasPdftoppm = has("pdftoppm");
const hasPdffonts = has("pdffonts");
const root = join(import.meta.dirname, "../../../..");
/** Rendered pages are kept here (git-ignored) for a person to look at; JIXIAO_ARTIFACTS moves them. */
const artifacts = process.env.JIXIAO_ARTIFACTS ?? join(root, "artifacts/office");

const seed = (prefix: string): PerformanceDocument => {
  const dir = join(root, "fixtures/seeds");
  const file = readdirSync(dir).find((f) => f.startsWith(prefix)) ?? "";
  return readText(readFileSync(join(dir, file), "utf8")).document;
};
const handMade = (name: string): PerformanceDocument =>
  readText(readFileSync(join(root, "fixtures/text", name), "utf8")).document;

/** `pdffonts` rows: font name and whether its program is embedded. */
function fontsOf(pdfPath: string): { name: string; embedded: boolean }[] {
  const out = execFileSync("pdffonts", [pdfPath], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object-id generation: emb is the fifth column from the end
      return { name: cols[0] ?? "", embedded: cols[cols.length - 5] === "yes" };
    });
}

/** Writes the PDF and its pages as PNG into the artifacts folder; returns the PDF path and the page count. */
function keep(name: string, pdf: Uint8Array): { path: string; pages: number } {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.pdf`);
  writeFileSync(path, pdf);
  if (!hasPdftoppm) return { path, pages: 0 };
  for (const f of readdirSync(artifacts))
    if (f.startsWith(`${name}-`) && f.endsWith(".png")) rmSync(join(artifacts, f));
  execFileSync("pdftoppm", ["-r", "60", "-png", path, join(artifacts, name)]);
  return { path, pages: readdirSync(artifacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).length };
}

/** Every font embedded; 仿宋/宋体 body and table text in a serif face, 黑体 headings in a sans face. */
function expectChineseFontsEmbedded(path: string, faces: ("Serif" | "Sans")[]): void {
  if (!hasPdffonts) return;
  const fonts = fontsOf(path);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  for (const face of faces) expect(fonts.some((f) => f.name.includes(`${face}CJK`))).toBe(true);
}

describe.skipIf(!installed)("writePdf through LibreOffice, pages rendered to PNG (artifacts/office)", () => {
  it("a sample 绩效文本: embedded Chinese fonts and the same text read back", async () => {
    const pdf = await writePdf({ document: samplePerformanceText(3) });
    const raw = new TextDecoder("latin1").decode(pdf);
    expect(raw.startsWith("%PDF-")).toBe(true);
    // Embedded font programs (TrueType/CFF/OpenType), not references to fonts the reader must have.
    expect(raw).toMatch(/\/FontFile[23]?\b/);
    const blocks = await readPdf(pdf);
    const paras = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paras).toContain("第一部分 部门整体绩效目标".replace(" ", ""));
    expect(blocks.some((b) => b.kind === "table" && b.rows.some((r) => r.some((c) => c.text === "单位：万元")))).toBe(
      true,
    );
    const { path, pages } = keep("performance-text", pdf);
    expectChineseFontsEmbedded(path, ["Serif", "Sans"]);
    // Cover, 目录, 第一部分, one page per project at least.
    if (hasPdftoppm) expect(pages).toBeGreaterThanOrEqual(6);
  }, 240_000);

  for (const id of ["003", "001"]) {
    it(`seed ${id}'s 绩效文本: each project on its own page, the 目录's page numbers where the headings are`, async () => {
      const doc = seed(id);
      const docx = await writeDocx({ document: doc });
      const { path, pages } = keep(`seed-${id}-performance-text`, await writePdf({ document: doc }));
      expectChineseFontsEmbedded(path, ["Serif", "Sans"]);
      if (hasPdftoppm) expect(pages).toBeGreaterThanOrEqual(2 + doc.projects.length);
      if (!has("pdftotext")) return;
      const text = (i: number): string =>
        execFileSync("pdftotext", ["-layout", "-f", String(i), "-l", String(i), path, "-"], { encoding: "utf8" });
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))?.[1]);
      const compact = Array.from({ length: count }, (_, i) => text(i + 1).replace(/\s+/g, ""));
      // Cover and 目录 pages have no page number; the body's page 1 is the first page after the dotted leaders.
      const lastToc = compact.findLastIndex((t) => /\.{5,}|…{3,}/.test(t));
      const entries = (await readDocx(docx)).flatMap((b) =>
        b.kind === "paragraph" && /\t\d+$/.test(b.text) ? [b.text.split("\t")] : [],
      );
      expect(entries.length).toBeGreaterThan(doc.projects.length);
      const wrong = entries.flatMap(([title = "", page = ""]) => {
        const at = compact.findIndex((t, i) => i > lastToc && t.includes(title.replace(/\s+/g, "")));
        return at - lastToc === Number(page) ? [] : [`${title}: 目录 ${page}, page ${at - lastToc}`];
      });
      expect(wrong).toEqual([]);
    }, 240_000);
  }

  it("seed 002's self-evaluation and a monitoring form, landscape", async () => {
    for (const [name, doc] of [
      ["seed-002-self-evaluation", seed("002")],
      ["monitoring", handMade("project-monitoring-tianjin.txt")],
    ] as const) {
      const { path, pages } = keep(name, await writePdf({ document: doc }));
      expectChineseFontsEmbedded(path, ["Serif"]);
      if (hasPdftoppm) expect(pages).toBeGreaterThanOrEqual(1);
      if (has("pdfinfo"))
        expect(execFileSync("pdfinfo", [path], { encoding: "utf8" })).toMatch(/Page size:\s+841\.\d+ x 595/);
    }
  }, 240_000);
});
