import { describe, expect, it } from "vitest";
import type { Item } from "./flatten.ts";
import { readOverallGoals } from "./read-overall-goals.ts";

const paras = (...lines: string[]): Item[] => lines.map((text) => ({ kind: "paragraph", text, raw: text }));

describe("readOverallGoals", () => {
  it("reads headings in （一） style, items with 绩效目标/绩效指标 lines and a numbered 保障措施 list", () => {
    const overall = readOverallGoals({
      items: paras(
        "（一）部门总体目标",
        "全面提升公共文化服务水平。",
        "（二）分项绩效目标",
        "1.公共文化服务",
        "绩效目标：免费开放场馆。",
        "绩效指标：开放天数≥300天。",
        "2.文物保护。完成3处文物修缮。",
        "（三）保障措施",
        "1.健全制度。",
        "2.加强监督",
        "开展季度检查。",
        "第二部分 项目支出绩效目标",
        "不应读入",
      ),
    });
    expect(overall).toEqual({
      summary: "全面提升公共文化服务水平。",
      items: [
        { title: "公共文化服务", goal: "免费开放场馆。", indicators: "开放天数≥300天。" },
        { title: "文物保护", goal: "完成3处文物修缮。", indicators: null },
      ],
      safeguards: ["健全制度。", "加强监督\n开展季度检查。"],
    });
  });

  it("skips a table of contents: the last 总体绩效目标 heading is the real one", () => {
    const overall = readOverallGoals({
      items: paras("一、总体绩效目标", "二、分项绩效目标", "一、总体绩效目标", "真正的总体目标。"),
    });
    expect(overall?.summary).toBe("真正的总体目标。");
  });

  it("returns null without any of the three sections", () => {
    expect(readOverallGoals({ items: paras("会议纪要", "今天讨论了预算。") })).toBeNull();
  });
});
