import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSoffice } from "../legacy/run-soffice.ts";
import { readPdf } from "../pdf/read-pdf.ts";
import { samplePerformanceText } from "./testing/sample-documents.ts";
import { writePdf } from "./write-pdf.ts";

const installed = findSoffice() !== null;
const hasPdftoppm = (() => {
  try {
    execFileSync("sh", ["-c", "command -v pdftoppm"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();
const artifacts = join(import.meta.dirname, "../../../../artifacts/office");

describe.skipIf(!installed)("writePdf through LibreOffice", () => {
  it("embeds the Chinese fonts, reads back as the same text, and renders pages to PNG for a look", async () => {
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
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, "performance-text.pdf"), pdf);
    if (hasPdftoppm) {
      for (const f of readdirSync(artifacts))
        if (f.startsWith("performance-text-") && f.endsWith(".png")) rmSync(join(artifacts, f));
      execFileSync("pdftoppm", [
        "-r",
        "60",
        "-png",
        join(artifacts, "performance-text.pdf"),
        join(artifacts, "performance-text"),
      ]);
      const pngs = readdirSync(artifacts).filter((f) => f.startsWith("performance-text-") && f.endsWith(".png"));
      // Cover, 目录, 第一部分, one page per project at least.
      expect(pngs.length).toBeGreaterThanOrEqual(6);
    }
  }, 240_000);
});
