import { describe, expect, it } from "vitest";
import type { TableBlock } from "../blocks.ts";
import { textToBlocks } from "./text-to-blocks.ts";

const tables = (text: string) =>
  textToBlocks(text)
    .filter((b): b is TableBlock => b.kind === "table")
    .map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe("textToBlocks", () => {
  it("reads Word tables saved as text: a TAB opens a cell, other lines continue it, a blank line ends the row", () => {
    const text = "标题\n\n\t项目\n编码\n\t\n\t项目名称\n\t某项目\n\n\t一级\n指标\n\t二级指标\n\n\t\n\t质量指标\n";
    expect(tables(text)).toEqual([
      [
        ["项目\n编码", "", "项目名称", "某项目"],
        ["一级\n指标", "二级指标"],
        ["", "质量指标"],
      ],
    ]);
  });

  it("starts a new table after two blank lines or a paragraph", () => {
    const text = "\ta\n\tb\n\n\n\tc\n\nx\n\td\n";
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(["table", "table", "paragraph", "table"]);
  });

  it("reads one row per line with TAB-separated cells, keeping empty cells", () => {
    expect(tables("一级指标\t二级指标\t\t指标值\n\t质量指标\t\t≥90%\n")).toEqual([
      [
        ["一级指标", "二级指标", "", "指标值"],
        ["", "质量指标", "", "≥90%"],
      ],
    ]);
  });

  it("reads pipe tables and skips the markdown separator", () => {
    expect(tables("| 指标内容 | 年度指标值 |\n|---|:---:|\n| 培训人数 | ≥100人次 |\n")).toEqual([
      [
        ["指标内容", "年度指标值"],
        ["培训人数", "≥100人次"],
      ],
    ]);
  });

  it("reads columns separated by runs of spaces", () => {
    expect(tables("一级指标  二级指标  三级指标\n产出指标  数量指标  培训人数\n")).toEqual([
      [
        ["一级指标", "二级指标", "三级指标"],
        ["产出指标", "数量指标", "培训人数"],
      ],
    ]);
  });

  it("reads a header written one cell per line", () => {
    const text =
      "一级指标\n二级指标\n三级指标\n指标值\n\n产出指标\n数量指标\n培训人数\n≥100人次\n\n数量指标\n场次\n≥3场\n";
    expect(tables(text)[0]).toEqual([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人次"],
      ["数量指标", "场次", "≥3场"],
    ]);
  });

  it("strips BOM, CRLF, bookmarks, page numbers and running headers", () => {
    const text =
      "\ufeff某局绩效文本\r\n[bookmark: _GoBack]第一部分\r\n- 1 -\r\n\f某局绩效文本\r\n第二部分\r\n第 2 页\r\n";
    const paras = textToBlocks(text).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(paras).toEqual(["第一部分", "第二部分"]);
  });

  it("records line and page of each block", () => {
    const blocks = textToBlocks("a\n\fb\n");
    expect(blocks.map((b) => b.source)).toEqual([
      { page: 1, line: 1 },
      { page: 2, line: 2 },
    ]);
  });
});

describe("textToBlocks without form feeds", () => {
  it("takes page-number lines as page ends and drops the header repeated at the top of each page", () => {
    const text = "某局绩效目标\n第一段\n- 1 -\n某局绩效目标\n第二段\n- 2 -\n";
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.source?.page] : null))).toEqual([
      ["第一段", 1],
      ["第二段", 2],
    ]);
  });

  it("pipe tables without outer pipes: a run of lines with |, empty cells kept; one | in prose stays prose", () => {
    const blocks = textToBlocks("说明：A|B 两种写法均可\n\n项目名称|某项目\n|预期目标|实际完成\n总分||100");
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: "说明：A|B 两种写法均可" });
    const table = blocks[1];
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["项目名称", "某项目"],
      ["", "预期目标", "实际完成"],
      ["总分", "", "100"],
    ]);
  });
});
