import { readFileSync, writeFileSync } from "node:fs";
import { documentSchema, summarizeFunds } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Block, Cell } from "../../blocks.ts";
import { diffJson, withoutKeys } from "../../testing/diff-json.ts";
import { textToBlocks } from "../../text/text-to-blocks.ts";
import { splitNumbered } from "./split-numbered.ts";
import { isDepartmentTable, understandDepartmentTable } from "./understand-department-table.ts";

const root = new URL("../../../../../", import.meta.url);
const seed = (name: string) => readFileSync(new URL(`fixtures/seeds/${name}`, root), "utf8");
const expected = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/expected/${name}`, root), "utf8"));
const table = (rows: string[][]): Block => ({
  kind: "table",
  rows: rows.map((r) => r.map((text): Cell => ({ text }))),
});

describe("seed 004 — 部门整体绩效目标表 (Hubei)", () => {
  const blocks = textToBlocks(seed("004_55dcf13382c431db.txt"));
  const { document } = understandDepartmentTable({ blocks });
  const t = document.departmentTable;
  if (t === null) throw new Error("no department table");

  it("is recognised as a department table", () => {
    expect(isDepartmentTable(blocks)).toBe(true);
  });

  // Regenerate with UPDATE_GOLDEN=1 (then check the diff by eye against the seed, row by row, before committing).
  it("matches the hand-checked golden file field by field", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      const file = new URL("fixtures/expected/004_55dcf13382c431db.json", root);
      writeFileSync(file, `${JSON.stringify(withoutKeys(document, ["source"]), null, 2)}\n`);
    }
    expect(diffJson(expected("004_55dcf13382c431db.json"), document, { ignore: ["source"] })).toEqual([]);
  });

  it("is a valid jixiao/v1 document of kind department-targets", () => {
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.kind).toBe("department-targets");
    expect(document.department?.name).toBe("鄂州市科学技术局");
    expect(document.year).toBe(2024); // the year after the 近两年 columns 2022, 2023
  });

  it("reads the header with spaces inside cells removed", () => {
    expect([t.name, t.preparer, t.phone]).toEqual(["鄂州市科学技术局", "梁婧", "027-60896392"]);
  });

  it("income and expense totals agree in all three years (1036.06; 16234; 1485.85), in decimal", () => {
    const funds = t.funds;
    if (funds === null) throw new Error("no funds");
    expect(funds.priorYears).toEqual([2022, 2023]);
    expect(funds.expense.map((l) => l.label)).toEqual(["人员类项目支出", "运转类项目支出", "特定目标类项目支出"]);
    const years = summarizeFunds({ funds, year: document.year });
    expect(years.map((y) => [y.year, y.incomeSum, y.expenseSum, y.statedTotals.income, y.agrees])).toEqual([
      [2024, 1036.06, 1036.06, 1036.06, true],
      [2022, 16234, 16234, 16234, true],
      [2023, 1485.85, 1485.85, 1485.85, true],
    ]);
    expect(years[0]?.shareSums).toEqual({ income: 100, expense: 100 });
  });

  it("splits the numbered functions and tasks", () => {
    expect(t.functions).toHaveLength(5);
    expect(t.functions[3]).toBe("负责组织高新技术企业申报及评审；");
    expect(t.tasks).toEqual([
      "强化区域创新协同。",
      "培育壮大创新主体。",
      "建强科技创新平台。",
      "加速科技成果转化。",
      "加强核心技术攻关。",
    ]);
  });

  it("reads the long-term block: deadline, goal and 42 indicators with basis and class", () => {
    expect(t.longTerm?.deadline).toBe(2025);
    expect(t.longTerm?.goal).toMatch(/^加强科技创新引领作用/);
    const rows = t.longTerm?.indicators ?? [];
    expect(rows).toHaveLength(42);
    expect(rows.find((r) => r.name === "“三公”经费变动率")).toMatchObject({
      level1: "运行成本",
      level2: "项目支出成本控制",
      target: "0%",
      basis: "预算支出标准",
      indicatorClass: "绩效基本型",
    });
    expect(rows.find((r) => r.name === "联系部门满意度")).toMatchObject({ level1: "满意度", level2: "联系部门满意度" });
  });

  it("reads the annual block: 40 indicators with 2022/2023 values, joined wrapped cells, the split row rejoined", () => {
    const rows = t.annual?.indicators ?? [];
    expect(t.annual?.goal).toMatch(/^1\.强化区域创新协同.*80亿元以上。$/);
    expect(rows).toHaveLength(40);
    expect(rows.find((r) => r.name === "核心技术攻关")).toMatchObject({
      level1: "履职效能",
      level2: "核心业务产出5",
      priorValues: [
        { year: 2022, value: "96项" },
        { year: 2023, value: "136项" },
      ],
      target: "130项",
      basis: "历史标准",
      indicatorClass: "绩效创新型",
    });
    expect(rows.find((r) => r.name === "中长期规划相符性")).toMatchObject({
      priorValues: [
        { year: 2022, value: "基本相符" },
        { year: 2023, value: "基本相符" },
      ],
      target: "基本相符",
      basis: "计划标准",
      indicatorClass: "绩效基本型",
    });
    expect(rows.find((r) => r.name === "服务体制改革成效")?.level1).toBe("可持续发展能力");
  });
});

describe("department table, hand-built layouts", () => {
  it("reads a department table without prior years and with its columns in another order", () => {
    const { document } = understandDepartmentTable({
      blocks: [
        { kind: "paragraph", text: "部门整体绩效目标表" },
        table([["部门名称", "某市统计局"]]),
        table([
          ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标分类", "指标值确定依据"],
          ["", "满意度", "服务对象满意度", "调查对象满意度", "≥90%", "绩效基本型", "历史标准"],
          ["", "", "", "数据发布及时率", "100%", "绩效基本型", "计划标准"],
        ]),
      ],
    });
    const rows = document.departmentTable?.annual?.indicators ?? [];
    expect(rows.map((r) => [r.level1, r.level2, r.name, r.target, r.indicatorClass, r.basis])).toEqual([
      ["满意度", "服务对象满意度", "调查对象满意度", "≥90%", "绩效基本型", "历史标准"],
      ["满意度", "服务对象满意度", "数据发布及时率", "100%", "绩效基本型", "计划标准"],
    ]);
    expect(rows[0]?.priorValues).toBeUndefined();
    expect(document.departmentTable?.name).toBe("某市统计局");
  });

  it("splits numbered lists written inline or over lines", () => {
    expect(splitNumbered("1.甲；2.乙；3.丙")).toEqual(["甲；", "乙；", "丙"]);
    expect(splitNumbered(" 1.甲\n续\n2.乙")).toEqual(["甲续", "乙"]);
    expect(splitNumbered("（一）甲\n（二）乙")).toEqual(["甲", "乙"]);
    expect(splitNumbered("无编号")).toEqual(["无编号"]);
  });
});

describe("部门整体支出绩效目标申报表 (national-style form, hand-built)", () => {
  const { document, warnings } = understandDepartmentTable({
    blocks: [
      { kind: "paragraph", text: "2025年度部门整体支出绩效目标申报表" },
      table([
        ["部门名称", "某省水利厅"],
        ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
        ["", "水旱灾害防御", "完成汛前检查和应急度汛工程", "3200"],
        ["", "农村供水保障", "巩固提升农村供水工程", "5600"],
        ["", "金额合计", "", "8800"],
        ["年度总体目标", "目标1：确保安全度汛。目标2：农村自来水普及率达到92%。"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["", "产出指标", "数量指标", "完成应急度汛工程", "≥30处"],
        ["", "", "质量指标", "工程验收合格率", "100%"],
        ["", "效益指标", "社会效益指标", "农村自来水普及率", "≥92%"],
      ]),
    ],
  });
  const t = document.departmentTable;

  it("is a department-targets document with tasks from the task table", () => {
    expect(isDepartmentTable([{ kind: "paragraph", text: "2025年度部门整体支出绩效目标申报表" }])).toBe(true);
    expect([document.kind, document.year, t?.name]).toEqual(["department-targets", 2025, "某省水利厅"]);
    expect(t?.tasks).toEqual(["水旱灾害防御：完成汛前检查和应急度汛工程", "农村供水保障：巩固提升农村供水工程"]);
    expect(t?.funds).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(["funds_missing"]);
  });

  it("reads the annual goal and indicators, 一级/二级 filled down", () => {
    expect(t?.annual?.goal).toMatch(/^目标1：确保安全度汛/);
    expect(t?.annual?.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ["产出指标", "数量指标", "完成应急度汛工程", "≥30处"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["效益指标", "社会效益指标", "农村自来水普及率", "≥92%"],
    ]);
    expect(t?.longTerm).toBeNull();
  });
});

describe("prior-year columns named in the main header row", () => {
  it("reads 2022年 | 2023年 | 2024年目标值 columns without a sub-header", () => {
    const { document } = understandDepartmentTable({
      blocks: [
        { kind: "paragraph", text: "部门整体绩效目标表" },
        table([
          ["年度绩效指标", "一级指标", "二级指标", "三级指标", "2022年", "2023年", "2024年目标值", "指标值确定依据"],
          ["", "履职效能", "核心业务产出1", "新增备案众创空间", "3家", "4家", "≥5家", "历史标准"],
        ]),
      ],
    });
    expect(document.departmentTable?.annual?.indicators[0]).toMatchObject({
      name: "新增备案众创空间",
      priorValues: [
        { year: 2022, value: "3家" },
        { year: 2023, value: "4家" },
      ],
      target: "≥5家",
      basis: "历史标准",
    });
  });
});

describe("Word-style Hubei table (spans and vertical merges flagged)", () => {
  const m: Cell = { text: "", mergedFromAbove: true };
  const span = (text: string, colSpan: number): Cell => ({ text, colSpan });
  const row = (...cells: (string | Cell)[]): Cell[] => cells.map((c) => (typeof c === "string" ? { text: c } : c));
  const { document } = understandDepartmentTable({
    blocks: [
      { kind: "paragraph", text: "部门整体绩效目标表" },
      { kind: "paragraph", text: "单位：万元" },
      {
        kind: "table",
        rows: [
          row("部门（单位）名称", span("某市科技局", 8)),
          row("部门总体资金情况", span("总体资金情况", 2), "当年金额", "占比", span("近两年收支金额", 2)),
          row(m, span("", 2), "", "", "2022年", "2023年"),
          row(m, "收入构成", "财政拨款", "100.5", "100%", "90", "95"),
          row(m, m, "合计", "100.5", "100%", "90", "95"),
          row(m, "支出构成", "人员类项目支出", "60.25", "59.95%", "50", "55"),
          row(m, m, "运转类项目支出", "40.25", "40.05%", "40", "40"),
          row(m, m, "合计", "100.5", "100%", "90", "95"),
          row("年度绩效指标", "一级指标", "二级指标", "三级指标", span("指标值", 3), "指标值确定依据", "指标分类"),
          row(m, m, m, m, span("近两年指标值", 2), "预期当年实现值", m, m),
          row(m, m, m, m, "2022年", "2023年", m, m, m),
          row(m, "运行成本", "公用经费控制", "公用经费控制率", "90%", "95%", "95%", "预算支出标准", "绩效基本型"),
          row(m, m, m, "“三公”经费变动率", "0%", "0%", "0%", "预算支出标准", "绩效基本型"),
        ],
      },
    ],
  });
  const t = document.departmentTable;

  it("reads funds, expense lines and the annual indicators with their years", () => {
    expect(t?.name).toBe("某市科技局");
    expect(t?.funds?.priorYears).toEqual([2022, 2023]);
    expect(t?.funds?.expense.map((l) => [l.label, l.amount, l.share, l.prior])).toEqual([
      ["人员类项目支出", 60.25, 59.95, [50, 55]],
      ["运转类项目支出", 40.25, 40.05, [40, 40]],
    ]);
    expect(
      t?.annual?.indicators.map((i) => [i.level1, i.level2, i.name, i.priorValues, i.target, i.indicatorClass]),
    ).toEqual([
      [
        "运行成本",
        "公用经费控制",
        "公用经费控制率",
        [
          { year: 2022, value: "90%" },
          { year: 2023, value: "95%" },
        ],
        "95%",
        "绩效基本型",
      ],
      [
        "运行成本",
        "公用经费控制",
        "“三公”经费变动率",
        [
          { year: 2022, value: "0%" },
          { year: 2023, value: "0%" },
        ],
        "0%",
        "绩效基本型",
      ],
    ]);
  });
});
