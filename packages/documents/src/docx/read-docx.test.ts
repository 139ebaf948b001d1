import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../blocks.ts";
import { readDocument } from "../read-document.ts";
import { readDocx } from "./read-docx.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/office");
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === "table");
const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.map((c) => c.text));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (numbering) zip.file("word/numbering.xml", `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
const p = (t: string, pPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tc = (t: string, tcPr = ""): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p(t)}</w:tc>`;

describe("readDocx on LibreOffice-made files", () => {
  it("reads the narrative part and the project tables with spans and vertical merges", async () => {
    const blocks = await readDocx(load("lo-performance-text.docx"));
    const paras = blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(paras).toContain("一、总体绩效目标");
    expect(paras).toContain("高新技术企业扶持资金绩效目标");
    const [first] = tables(blocks);
    expect(first?.rows[0]).toEqual([
      { text: "项目\n编码" },
      { text: "", colSpan: 2 },
      { text: "项目名称" },
      { text: "高新技术企业扶持资金", colSpan: 3 },
    ]);
    // 预算规模及资金用途 spans two rows: the second starts with a continuation cell.
    expect(first?.rows[2]?.[0]).toMatchObject({ mergedFromAbove: true });
    expect(first?.rows[2]?.[1]).toEqual({ text: "主要用于通过高企认定企业补助。", colSpan: 6 });
    // The empty indicator row is kept, under the 产出指标 merge.
    const empty = first?.rows[8];
    expect(empty?.[0]?.mergedFromAbove).toBe(true);
    expect(empty?.slice(1).every((c) => c.text === "")).toBe(true);
  });

  it("keeps a vertical merge that runs over a page break in the long table", async () => {
    const blocks = await readDocx(load("lo-performance-text.docx"));
    const long = tables(blocks).find((t) => t.rows.some((r) => r[0]?.text === "项目编码"));
    expect(long).toBeDefined();
    const produce = long?.rows.findIndex((r) => r[0]?.text === "产出指标") ?? -1;
    expect(produce).toBeGreaterThan(0);
    // 4 × 9 rows under one 产出指标 cell; every following row continues it.
    for (let i = produce + 1; i < produce + 36; i++) expect(long?.rows[i]?.[0]?.mergedFromAbove).toBe(true);
    expect(long?.rows[produce + 36]?.[0]?.text).toBe("效益指标");
  });

  it("reads the unit line as its own small table", async () => {
    const blocks = await readDocx(load("lo-performance-text.docx"));
    expect(tables(blocks).some((t) => texts(t)[0]?.join("|") === "306001唐山市路南区科学技术局本级|单位：万元")).toBe(
      true,
    );
  });

  it("reads the self-evaluation table with its three-row 预算执行情况 block", async () => {
    const blocks = await readDocx(load("lo-self-evaluation.docx"));
    const [t] = tables(blocks);
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
    expect(t?.rows.at(-1)?.[1]).toEqual({ text: "本部门整体支出绩效自评得分93.95分，自评等级为优。", colSpan: 8 });
  });
});

describe("readDocx on a LibreOffice table nested in a cell", () => {
  it("puts the nested indicator rows beside the 绩效指标 label that shares their cell", async () => {
    const [t] = tables(await readDocx(load("lo-nested.docx")));
    const at = t?.rows.findIndex((r) => r[0]?.text === "绩效\n指标") ?? -1;
    expect(t?.rows[at]?.slice(0, 4).map((c) => c.text)).toEqual(["绩效\n指标", "一级\n指标", "二级指标", "三级指标"]);
    expect(t?.rows[at + 1]?.[0]).toEqual({ text: "", mergedFromAbove: true });
    expect(t?.rows[at + 1]?.slice(1, 4).map((c) => c.text)).toEqual(["产出\n指标", "成本指标", "资金总额"]);
    expect(t?.rows.filter((r) => r[0]?.mergedFromAbove && r[3]?.text === "被服务企业满意度")).toHaveLength(1);
  });
});

describe("readDocx on WPS-style quirks", () => {
  it("reads a table without w:tblGrid, cells inside a content control and a gridBefore row", async () => {
    const blocks = await readDocx(load("wps-style.docx"));
    const [first, unitLine, long] = tables(blocks);
    expect(first?.rows[0]?.map((c) => c.text)).toEqual(["项目\n编码", "", "项目名称", "高新技术企业扶持资金"]);
    expect(texts(unitLine as TableBlock)[0]).toEqual(["306001唐山市路南区科学技术局本级", "单位：万元"]);
    const spend = long?.rows.find((r) => r.some((c) => c.text === "25%"));
    // gridBefore=1 comes back as an empty leading cell, so the columns still line up.
    expect(spend?.map((c) => c.text)).toEqual(["", "25%", "50%", "75%", "100%"]);
  });
});

describe("readDocx on a Word-style file (fixtures/office/word-style.docx)", () => {
  it("reads ≥ typed as a Symbol-font w:sym, skips a tracked deleted row, keeps field results but not field codes", async () => {
    const blocks = await readDocx(load("word-style.docx"));
    const all = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.rows.flat().map((c) => c.text)));
    expect(all).toContain("≥60家");
    expect(all).toContain("≥90%");
    expect(all).toContain("500万元");
    expect(all.join("|")).not.toMatch(/PAGEREF|SUM\(ABOVE\)|TOC \\o|已删除行/);
    expect(all).toContain("（2024年度）");
    const [t] = tables(blocks);
    // 14 rows in the source table, one of them deleted with track changes on.
    expect(t?.rows).toHaveLength(14);
    expect(t?.rows[8]?.[0]).toEqual({ text: "", mergedFromAbove: true });
  });

  it("understands the project behind it through the front door", async () => {
    const { document, warnings } = await readDocument({ bytes: load("word-style.docx"), fileName: "目标表.docx" });
    const [project] = document.projects;
    expect(project?.name).toBe("高新技术企业扶持资金");
    expect(project?.budget).toEqual({ total: 500, fiscal: 500, other: null });
    expect(project?.indicators.map((i) => i.target)).toEqual(["是", "2024年12月31日前", "≥60家", "100%", "是", "≥90%"]);
    // Only the empty row the source table really has.
    expect(warnings.filter((w) => w.code === "blank_row")).toHaveLength(1);
  });
});

describe("readDocx on hand-made XML", () => {
  it("renders automatic list numbers", async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`;
    const num = (ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="5"/></w:numPr>`;
    const bytes = await docx(
      [
        p("完善制度建设", num(0)),
        p("细则", num(1)),
        p("细则二", num(1)),
        p("加强支出管理", num(0)),
        p("重来", num(1)),
      ].join(""),
      numbering,
    );
    const out = (await readDocx(bytes)).map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(out).toEqual(["（一）完善制度建设", "1.细则", "2.细则二", "（二）加强支出管理", "1.重来"]);
  });

  it("reads gridAfter, legacy hMerge, body-level content controls, and skips deleted text", async () => {
    const body = `<w:sdt><w:sdtContent><w:tbl>
      <w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>${tc("一级指标")}</w:tr>
      <w:tr>${tc("产出", '<w:hMerge w:val="restart"/>')}${tc("", "<w:hMerge/>")}${tc("x")}</w:tr>
    </w:tbl></w:sdtContent></w:sdt>
    <w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>`;
    const blocks = await readDocx(await docx(body));
    expect(blocks[0]).toMatchObject({
      kind: "table",
      rows: [
        [{ text: "一级指标" }, { text: "", colSpan: 2 }],
        [{ text: "产出", colSpan: 2 }, { text: "x" }],
      ],
    });
    expect(blocks[1]).toMatchObject({ kind: "paragraph", text: "保留插入" });
  });

  it("splices a table nested in a cell into the outer rows", async () => {
    const inner = `<w:tbl><w:tr>${tc("数量指标")}${tc("≥5家")}</w:tr><w:tr>${tc("质量指标")}${tc("100%")}</w:tr></w:tbl><w:p/>`;
    const body = `<w:tbl><w:tr>${tc("绩效指标")}<w:tc>${inner}</w:tc></w:tr><w:tr>${tc("备注")}${tc("无")}</w:tr></w:tbl>`;
    const [t] = tables(await readDocx(await docx(body)));
    expect(t?.rows).toEqual([
      [{ text: "绩效指标" }, { text: "数量指标" }, { text: "≥5家" }],
      [{ text: "", mergedFromAbove: true }, { text: "质量指标" }, { text: "100%" }],
      [{ text: "备注" }, { text: "无" }],
    ]);
  });

  it("reads content controls around rows (repeating sections) and treats controls showing their placeholder as empty", async () => {
    const ph = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>";
    const prompt = "单击或点击此处输入文字。";
    const inline = `<w:p><w:r><w:t>目标：</w:t></w:r><w:sdt>${ph}<w:sdtContent><w:r><w:t>${prompt}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const body = `<w:sdt>${ph}<w:sdtContent>${p(prompt)}</w:sdtContent></w:sdt>${p("项目表")}<w:tbl>
      <w:tr>${tc("项目名称")}<w:sdt>${ph}<w:sdtContent>${tc(prompt, '<w:gridSpan w:val="2"/>')}</w:sdtContent></w:sdt></w:tr>
      <w:sdt><w:sdtPr><w:repeatingSection/></w:sdtPr><w:sdtContent>
        <w:sdt><w:sdtContent><w:tr>${tc("数量指标")}${tc("≥5家")}${tc("")}</w:tr></w:sdtContent></w:sdt>
        <w:sdt><w:sdtContent><w:tr>${tc("质量指标")}<w:tc>${inline}</w:tc>${tc("")}</w:tr></w:sdtContent></w:sdt>
      </w:sdtContent></w:sdt>
    </w:tbl>`;
    const blocks = await readDocx(await docx(body));
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "项目表", source: { page: 1 } });
    expect(blocks[1]).toMatchObject({
      kind: "table",
      rows: [
        [{ text: "项目名称" }, { text: "", colSpan: 2 }],
        [{ text: "数量指标" }, { text: "≥5家" }, { text: "" }],
        [{ text: "质量指标" }, { text: "目标：" }, { text: "" }],
      ],
    });
  });

  it("maps Symbol-font w:sym signs and drops other symbol-font glyphs", async () => {
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const body = `<w:p>${sym("Symbol", "F0B3")}<w:r><w:t>5</w:t></w:r>${sym("Symbol", "F0A3")}${sym("Wingdings", "F0FC")}${sym("SimSun", "2265")}</w:p>`;
    const [b] = await readDocx(await docx(body));
    expect(b).toMatchObject({ kind: "paragraph", text: "≥5≤≥" });
  });

  it("keeps line breaks, tabs and text-box paragraphs", async () => {
    const box = `<w:r><w:drawing><wp:anchor xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx><w:txbxContent>${p("封面标题")}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    const body = `<w:p>${box}<w:r><w:t>项目</w:t><w:br/><w:t>编码</w:t><w:tab/><w:t>1</w:t></w:r></w:p>`;
    const blocks = await readDocx(await docx(body));
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["封面标题", "项目\n编码\t1"]);
  });
});
