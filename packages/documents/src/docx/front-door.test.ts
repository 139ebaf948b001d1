import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const read = (name: string) =>
  readDocument({ bytes: new Uint8Array(readFileSync(join(fixtures, name))), fileName: name });

/** The office readers behind the front door, on files not made by our writer. */
describe("readDocument on LibreOffice-made and WPS-style files", () => {
  for (const name of ["lo-performance-text.docx", "wps-style.docx", "lo-performance-text.pdf"]) {
    it(`${name}: the 绩效文本 with both projects and all indicator rows`, async () => {
      const { document } = await read(name);
      expect(document.kind).toBe("performance-text");
      expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([
        ["高新技术企业扶持资金", 6],
        ["2025年省级科技创新引导专项", 38],
      ]);
      expect(document.projects[1]?.code).toBe("13020225P00892710002C");
      expect(document.projects[1]?.budget).toEqual({ total: 300, fiscal: 300, other: null });
      expect(document.projects[0]?.spendPlan).toEqual({ mar: 0, jun: 0, oct: 50, dec: 100 });
    });
  }

  it("lo-nested.docx: the indicator table nested in the project table", async () => {
    const { document } = await read("lo-nested.docx");
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([["高新技术企业扶持资金", 6]]);
  });

  it("lo-projects.xlsx: one project per sheet", async () => {
    const { document } = await read("lo-projects.xlsx");
    expect(document.projects.map((p) => p.name)).toEqual(["高新技术企业扶持资金", "2025年省级科技创新引导专项"]);
    expect(document.projects[1]?.unit).toEqual({ code: "306001", name: "唐山市路南区科学技术局本级" });
  });

  for (const name of ["lo-self-evaluation.docx", "lo-self-evaluation.xlsx", "lo-self-evaluation.pdf"]) {
    it(`${name}: the self-evaluation with its execution block and scored rows`, async () => {
      const { document } = await read(name);
      expect(document.kind).toBe("self-evaluation");
      expect(document.evaluation?.execution).toMatchObject({
        initial: 85652.16,
        annual: 176875.03,
        score: 9.65,
        rate: 96.5,
      });
      expect(document.evaluation?.indicators.map((r) => [r.goalNo, r.name, r.score])).toEqual([
        [1, "科技创新券支持企业数", 1],
        [1, "项目受理审核时间", 2],
        [1, "精准对接调研中央驻津院所", 1.5],
        [2, "项目承担单位满意度", 2],
      ]);
    });
  }
});
