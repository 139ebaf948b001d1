import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../blocks.ts";
import { readDocx } from "../docx/read-docx.ts";
import { readText } from "../read-document.ts";
import { openZip } from "../zip-guard/open-zip.ts";
import { samplePerformanceText } from "./testing/sample-documents.ts";
import { writeDocx } from "./write-docx.ts";

const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === "table");
const paragraphs = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("writeDocx (绩效文本)", () => {
  it("writes cover, 目录 with page numbers, both parts and one titled table set per project", async () => {
    const doc = samplePerformanceText(3);
    const blocks = await readDocx(await writeDocx({ document: doc }));
    const paras = paragraphs(blocks);
    expect(paras[0]).toBe("承德高新技术产业开发区科学技术局");
    expect(paras).toContain("2022年部门预算绩效文本");
    // 目录 entries end with a page number after a tab.
    expect(paras.find((p) => p.startsWith("第二部分 预算项目绩效目标\t"))).toMatch(/\t\d+$/);
    expect(paras.filter((p) => p === "第一部分 部门整体绩效目标")).toHaveLength(1);
    expect(paras).toContain("（二）推进孵化器建设");
    expect(paras).toContain("绩效指标：新增市级以上科技企业孵化器2家。");
    for (let i = 1; i <= 3; i++) expect(paras).toContain(`${i}.科技创新专项${i}绩效目标表`);
    expect(tables(blocks)).toHaveLength(9);
  });

  it("writes the unit line, the project table and the indicator table with merged cells", async () => {
    const doc = samplePerformanceText(1);
    const [unit, info, indicators] = tables(await readDocx(await writeDocx({ document: doc })));
    expect(unit?.rows).toEqual([[{ text: "112001承德高新技术产业开发区科学技术局本级" }, { text: "单位：万元" }]]);
    expect(info?.rows[0]?.map((c) => c.text)).toEqual([
      "项目编码",
      "13081122P00781510001G",
      "项目名称",
      "科技创新专项1",
    ]);
    expect(info?.rows[1]?.map((c) => c.text)).toEqual([
      "预算规模及资金用途",
      "预算数",
      "1011.07",
      "其中：财政资金",
      "1011.07",
      "其他资金",
      "",
    ]);
    expect(info?.rows[2]?.[0]?.mergedFromAbove).toBe(true);
    expect(info?.rows[4]?.map((c) => c.text)).toEqual(["", "0%", "25%", "70%", "100%"]);
    expect(info?.rows[5]?.[1]?.text).toBe("1.完成对各项指标的奖励支付；\n2.提升企业创新能力。");
    expect(indicators?.rows[0]?.map((c) => c.text)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "绩效指标描述",
      "指标值",
      "指标值确定依据",
    ]);
    // 产出指标 spans its five rows; 数量指标 its two.
    expect(indicators?.rows[1]?.slice(0, 2).map((c) => c.text)).toEqual(["产出指标", "数量指标"]);
    expect(indicators?.rows[2]?.slice(0, 2)).toEqual([
      { text: "", mergedFromAbove: true },
      { text: "", mergedFromAbove: true },
    ]);
    expect(indicators?.rows[3]?.[0]?.mergedFromAbove).toBe(true);
    expect(indicators?.rows[3]?.[1]?.text).toBe("质量指标");
    expect(indicators?.rows[6]?.[0]?.text).toBe("效益指标");
    expect(indicators?.rows).toHaveLength(9);
  });

  it("uses A4, named Chinese fonts with east-Asian attributes, repeated header rows and a TOC field", async () => {
    const zip = openZip(await writeDocx({ document: samplePerformanceText(2) }));
    const xml = zip.readText("word/document.xml") ?? "";
    const styles = zip.readText("word/styles.xml") ?? "";
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("TOC \\h \\o");
    expect(xml).not.toContain("@@JXTBL");
  });

  it("declares each named font with its stand-ins (altName, GB2312 charset) and zh-CN as the east-Asian language", async () => {
    const zip = openZip(await writeDocx({ document: samplePerformanceText(1) }));
    const fonts = zip.readText("word/fontTable.xml") ?? "";
    for (const [name, alt] of [
      ["仿宋_GB2312", "仿宋"],
      ["宋体", "SimSun"],
      ["黑体", "SimHei"],
    ]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    }
    expect(fonts.match(/<w:charset w:val="86"\/>/g)).toHaveLength(3);
    expect(zip.readText("word/styles.xml")).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});

describe("writeDocx (project forms)", () => {
  const root = join(import.meta.dirname, "../../../..");
  const load = (name: string) => readText(readFileSync(join(root, "fixtures/text", name), "utf8")).document;

  it("a monitoring form: landscape A4, the budget block with 1–X月 columns, its indicator header repeated", async () => {
    const bytes = await writeDocx({ document: load("project-monitoring-tianjin.txt") });
    const xml = openZip(bytes).readText("word/document.xml") ?? "";
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain("<w:tblHeader/>");
    const [head, indicators] = tables(await readDocx(bytes));
    expect(head?.rows[2]?.map((c) => c.text)).toEqual([
      "项目资金（万元）",
      "年初预算数",
      "全年预算数",
      "1-7月执行数",
      "执行率",
      "全年预计执行数",
      "偏差原因",
      "改进措施",
    ]);
    expect(indicators?.rows[0]?.map((c) => c.text)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "1-7月执行情况",
      "全年预计完成情况",
      "偏差原因分析",
      "完成目标可能性",
      "改进措施",
    ]);
  });
});
