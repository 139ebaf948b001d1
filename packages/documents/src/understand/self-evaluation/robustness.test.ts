import { documentSchema } from "@jixiao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, Cell } from "../../blocks.ts";
import { understandDepartmentTable } from "../department-table/understand-department-table.ts";
import { understandMonitoring } from "../monitoring/understand-monitoring.ts";
import { understandSelfEvaluation } from "./understand-self-evaluation.ts";

// Words the readers react to, mixed with values and noise: any arrangement must give a valid document, never a throw.
const words = [
  "部门名称",
  "项目名称",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "1-7月执行数",
  "执行率",
  "分值",
  "得分",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "1-7月执行情况",
  "全年预计完成情况",
  "偏差原因分析及改进措施",
  "实际完成情况",
  "目标序号",
  "年度绩效目标",
  "绩效目标1",
  "产出指标",
  "数量指标",
  "成本指标",
  "经济成本指标",
  "满意度指标",
  "服务对象满意度",
  "总分",
  "合计",
  "自评结论",
  "当年金额",
  "占比",
  "2022年",
  "收入构成",
  "财政拨款",
  "长期目标",
  "年度目标：",
  "部门职能概述",
  "≥90%",
  "95%",
  "10",
  "1.5",
  "—",
  "",
  "培训人数",
  "1.甲；2.乙",
];

const cell = fc.oneof(
  fc.constantFrom(...words).map((text): Cell => ({ text })),
  fc.string({ maxLength: 6 }).map((text): Cell => ({ text })),
  fc.constantFrom(...words).map((text): Cell => ({ text, colSpan: 2 })),
  fc.constant<Cell>({ text: "", mergedFromAbove: true }),
);
const block = fc.oneof(
  fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }).map((rows): Block => ({ kind: "table", rows })),
  fc.constantFrom(...words, "整体支出绩效自评表", "（2024年度）").map((text): Block => ({ kind: "paragraph", text })),
);

describe("readers on arbitrary blocks", () => {
  const readers = [
    ["self-evaluation", understandSelfEvaluation],
    ["department table", understandDepartmentTable],
    ["monitoring", understandMonitoring],
  ] as const;
  for (const [name, read] of readers) {
    it(`${name}: never throws and always yields a valid jixiao/v1 document`, () => {
      fc.assert(
        fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
          const { document } = read({ blocks });
          expect(documentSchema.safeParse(document).success).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});
