import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../text/text-to-blocks.ts";
import { understandBlocks } from "./understand-blocks.ts";

const seed = (name: string) => readFileSync(join(import.meta.dirname, "../../../../fixtures/seeds", name), "utf8");

describe("understandBlocks dispatch", () => {
  it("sends each seed to the reader of its kind", () => {
    const kinds = [
      "000_1d3fb6a94e038dcc.txt",
      "001_84b2129734047c8f.txt",
      "002_a3cb9191b7c11910.txt",
      "003_f895533748b46b25.txt",
      "004_55dcf13382c431db.txt",
    ].map((f) => understandBlocks(textToBlocks(seed(f))).document.kind);
    expect(kinds).toEqual([
      "performance-text",
      "performance-text",
      "self-evaluation",
      "performance-text",
      "department-targets",
    ]);
  });

  it("keeps a 绩效文本 whose narrative talks about 绩效自评 and 得分 a 绩效文本", () => {
    const text = seed("000_1d3fb6a94e038dcc.txt").replace(
      "（4） 做好绩效自评",
      "（4） 做好绩效自评，自评结论与得分按时公开",
    );
    const { document } = understandBlocks(textToBlocks(text));
    expect(document.kind).toBe("performance-text");
    expect(document.projects).toHaveLength(3);
  });

  it("reads a project table alone as project-targets", () => {
    const text =
      "项目名称\t道路养护\n预算数\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t里程\t≥5公里\n";
    const { document } = understandBlocks(textToBlocks(text));
    expect(document.kind).toBe("project-targets");
    expect(document.projects[0]?.indicators[0]?.target).toBe("≥5公里");
  });

  it("reads a lone indicator table under a title as a project named after the title", () => {
    const text =
      "2.社区养老服务绩效目标表\n单位：万元\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务人数\t≥100人\n";
    const { document, warnings } = understandBlocks(textToBlocks(text));
    expect(document.kind).toBe("project-targets");
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([["社区养老服务", 1]]);
    expect(warnings.map((w) => w.code)).toContain("missing_project_head");
  });
});
