import { describe, expect, it } from "vitest";
import type { TableBlock } from "../blocks.ts";
import { type Rules, ruledTables } from "./ruled-tables.ts";
import type { TextItem } from "./text-items-to-blocks.ts";

/** Rules of a grid: horizontal lines at ys across, vertical ones at xs down. */
function grid(xs: number[], ys: number[]): Rules {
  const top = Math.max(...ys);
  const bottom = Math.min(...ys);
  return {
    h: ys.map((y) => ({ y, x0: xs[0] ?? 0, x1: xs[xs.length - 1] ?? 0 })),
    v: xs.map((x) => ({ x, y0: bottom, y1: top })),
  };
}
const item = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 10, size: 10 });
const texts = (b: { block: unknown }): string[][] => (b.block as TableBlock).rows.map((r) => r.map((c) => c.text));

describe("ruledTables", () => {
  it("takes two tables drawn a hair apart (bottom rule over top rule) as two grids with their own columns", () => {
    const a = grid([50, 150, 300], [700, 670, 640]);
    const b = grid([50, 100, 200, 300], [638.5, 608.5, 578.5]);
    const rules: Rules = { h: [...a.h, ...b.h], v: [...a.v, ...b.v] };
    const items = [
      item("年度目标", 54, 682),
      item("完成目标", 154, 682),
      item("一级", 54, 652),
      item("说明", 154, 652),
      item("产出", 54, 620),
      item("数量", 104, 620),
      item("≥10项", 204, 620),
      item("效益", 54, 590),
      item("社会", 104, 590),
      item("明显", 204, 590),
    ];
    const { blocks, rest } = ruledTables(items, rules, 1);
    expect(rest).toEqual([]);
    expect(blocks.map(texts)).toEqual([
      [
        ["年度目标", "完成目标"],
        ["一级", "说明"],
      ],
      [
        ["产出", "数量", "≥10项"],
        ["效益", "社会", "明显"],
      ],
    ]);
  });

  it("keeps one grid where a border is drawn twice (vertical rules cross both lines)", () => {
    const rules = grid([50, 150, 300], [700, 670, 668.8, 640]);
    const { blocks } = ruledTables([item("甲", 54, 682), item("乙", 54, 652)], rules, 1);
    expect(blocks.map(texts)).toEqual([
      [
        ["甲", ""],
        ["乙", ""],
      ],
    ]);
  });
});
