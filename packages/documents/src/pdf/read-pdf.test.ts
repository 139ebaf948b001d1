import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isJixiaoError } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../blocks.ts";
import { readPdf } from "./read-pdf.ts";
import { cleanPdfText } from "./text-items-to-blocks.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === "table");
const texts = (t: TableBlock | undefined): string[][] => (t?.rows ?? []).map((r) => r.map((c) => c.text));

describe("readPdf", () => {
  it("reads Chinese text in a font that is not embedded (CMaps), closing up odd glyph spacing", async () => {
    const blocks = await readPdf(load("hand-odd-spacing.pdf"));
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: "高新技术企业扶持资金绩效目标表" });
    const [first, second] = tables(blocks);
    expect(texts(first)).toEqual([
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "补助高企数量", "≥60家", "工作经验"],
      ["", "质量指标", "资金补助率", "100%", "上级文件要求"],
      ["", "时效指标", "补助资金发放时间", "2024年12月31日前", "工作经验"],
    ]);
    // Page 2 repeats the header row; the continued table keeps only its data rows.
    expect(second?.source?.page).toBe(2);
    expect(texts(second)).toEqual([
      ["效果指标", "社会效益指标", "企业创新创业水平", "是", "工作经验"],
      ["满意度指标", "服务对象满意度指标", "被服务企业满意度", "≥90%", "工作经验"],
    ]);
  });

  it("builds cells from drawn borders: spans, vertical merges and wrapped cell text", async () => {
    const [t] = tables(await readPdf(load("lo-self-evaluation.pdf")));
    expect(t?.rows[0]).toEqual([{ text: "部门名称" }, { text: "天津市科学技术局", colSpan: 8 }]);
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
    expect(t?.rows[2]?.[0]?.mergedFromAbove).toBe(true);
    expect(t?.rows[1]?.[1]?.text.replace(/\n/g, "")).toBe("部门预算金额(万元)");
    expect(t?.rows.at(-1)?.[1]).toEqual({ text: "本部门整体支出绩效自评得分93.95分，自评等级为优。", colSpan: 8 });
  });

  it("joins a paragraph wrapped over lines and keeps a table split over pages", async () => {
    const blocks = await readPdf(load("lo-performance-text.pdf"));
    const paras = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paras).toContain(
      "科技局致力于为全区提供科技创新项目支撑，加强先进技术应用示范，提升企业转化成果、提升核心竞争力。",
    );
    const long = tables(blocks).filter((t) =>
      t.rows.some((r) => r.some((c) => /^(数量|质量|时效|成本)指标\d$/.test(c.text))),
    );
    const names = long.flatMap((t) => t.rows.map((r) => r[2]?.text ?? "")).filter((n) => /指标\d$/.test(n));
    expect(names).toHaveLength(36);
    expect(new Set(long.map((t) => t.source?.page)).size).toBeGreaterThan(1);
    // The part on the next page draws no rule inside the merged 描述 cells; it keeps the first page's grid.
    const rows = long.flatMap((t) => t.rows).filter((r) => /指标\d$/.test(r[2]?.text ?? ""));
    expect(rows.every((r) => r[3]?.colSpan === 2)).toBe(true);
  });

  it("reads a scanned-looking OCR layer: invisible words placed one by one, odd spacing, jittered baselines", async () => {
    const blocks = await readPdf(load("hand-scanned-layer.pdf"));
    expect(blocks.slice(0, 2)).toMatchObject([
      { kind: "paragraph", text: "科技成果转化项目绩效目标" },
      {
        kind: "paragraph",
        text: "本项目用于支持科技成果在本地转化，预计新增技术合同成交额4893.29万元，带动企业研发投入。资金按季度拨付。",
      },
    ]);
    expect(texts(tables(blocks)[0])).toEqual([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "转化项目数", "≥12项"],
      ["效益指标", "经济效益", "技术合同成交额", "≥4893.29万元"],
    ]);
  });

  it("keeps punctuation hanging past a cell's right border, and text running over it, in that cell", async () => {
    const [t] = tables(await readPdf(load("hand-hanging-punct.pdf")));
    expect(texts(t)).toEqual([
      ["支持科技成果在本地转化落地，\n推动企业创新发展和产业升级。", "转化项目数", "≥12项"],
      ["技术合同成交额（含技术开发与服务）", "万元", "≥4893.29"],
    ]);
  });

  it("joins a paragraph broken by a page break, and only that (a list item or an indented line starts anew)", async () => {
    const blocks = await readPdf(load("hand-page-break.pdf"));
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual([
      "为加快推进科技成果转化，本局围绕产业链部署创新链条，统筹安排专项资金支持企业开展关键核心技术攻关和成果落地，同时完善科技服务体系，推动产学研深度融合，形成创新合力，全面提升区域创新能力。",
      "项目实施期间将定期开展绩效监控，及时发现和纠正偏差问题，确保年度绩效目标如期实现，资金使用安全规范有效率较高",
      "（一）加强组织领导。",
      "成立项目工作专班。",
    ]);
  });

  it("refuses a truncated PDF as malformed", async () => {
    const whole = load("lo-self-evaluation.pdf");
    const err = await readPdf(whole.subarray(0, 2000)).catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("malformed_file");
  });

  it("cleans glyph spacing without touching real separators", () => {
    expect(cleanPdfText("一 级 指 标")).toBe("一级指标");
    expect(cleanPdfText("新增 2 家")).toBe("新增2家");
    expect(cleanPdfText("≥ 6 0 家")).toBe("≥60家");
    expect(cleanPdfText("Level A test")).toBe("Level A test");
    expect(cleanPdfText("≤4893. 29万元")).toBe("≤4893.29万元");
  });
});
