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

  it("lo-split-table.docx: a table split at a page break, header repeated, a row cut in two, an empty row", async () => {
    const { document, warnings } = await read("lo-split-table.docx");
    const [project] = document.projects;
    expect(document.projects).toHaveLength(1);
    expect(project?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "支持企业数量"],
      ["产出指标", "质量指标", "创新券使用合规率"],
      ["产出指标", "时效指标", "创新券兑付完成时间"],
      ["产出指标", "成本指标", "单个企业平均补助金额"],
      ["效益指标", "社会效益指标", "带动企业新增研发投入"],
      ["满意度指标", "服务对象满意度指标", "企业满意度"],
    ]);
    // The cut row's second half (标准) joined to its first (计划).
    expect(project?.indicators[2]?.basis).toBe("计划标准");
    expect(warnings.map((w) => w.code).sort()).toEqual(["blank_row", "row_continued"]);
  });

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
