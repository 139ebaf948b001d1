import { readFileSync } from "node:fs";
import { sum } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Block, Cell } from "../../blocks.ts";
import { readDocx } from "../../docx/read-docx.ts";
import { readPdf } from "../../pdf/read-pdf.ts";
import { readXlsx } from "../../xlsx/read-xlsx.ts";
import { understandSelfEvaluation } from "./understand-self-evaluation.ts";

const table = (rows: (string | Cell)[][]): Block => ({
  kind: "table",
  rows: rows.map((r) => r.map((c): Cell => (typeof c === "string" ? { text: c } : c))),
});
const merged: Cell = { text: "", mergedFromAbove: true };

describe("self-evaluation forms of other layouts", () => {
  it("another province: 其中 rows before 合计, 权重 before 实际完成值, 2021 framework, grade cell", () => {
    const { document, warnings } = understandSelfEvaluation({
      blocks: [
        { kind: "paragraph", text: "2023年度部门整体支出绩效自评表" },
        { kind: "paragraph", text: "金额单位：元" },
        table([["部门名称", "某市生态环境局"]]),
        table([
          ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["其中：基本支出", "800", "820", "815", "—", "99.39%", "—"],
          ["项目支出", "400", "380", "300", "—", "78.95%", "—"],
          ["合计", "1200", "1200", "1115", "10", "92.92%", "9.29"],
        ]),
        table([
          ["一级指标", "二级指标", "三级指标", "指标值", "权重", "实际完成值", "得分", "未完成原因和改进措施"],
          ["成本指标", "经济成本指标", "大气监测运维成本", "≤300万元", "10", "296万元", "10", ""],
          ["", "", "水质监测运维成本", "≤200万元", "10", "231万元", "8.5", "新增断面监测，成本上升"],
          ["产出指标", "数量指标", "空气质量监测站点数", "≥25个", "20", "25个", "20", ""],
          ["效益指标", "生态效益指标", "空气质量优良天数比例", "≥80%", "30", "82.5%", "30", ""],
          ["满意度指标", "服务对象满意度指标", "公众满意度", "≥85%", "20", "88%", "20", ""],
          ["总分", "", "", "", "100", "", "97.79", ""],
        ]),
        table([
          ["自评等级", "优"],
          ["自评结论", "总体完成年度目标。"],
        ]),
      ],
    });
    const e = document.evaluation;
    expect(document.year).toBe(2023);
    expect(document.amountUnit).toBe("元");
    expect(e?.execution).toEqual({ initial: 1200, annual: 1200, executed: 1115, weight: 10, score: 9.29, rate: 92.92 });
    expect(e?.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.actual, i.score])).toEqual([
      ["成本指标", "经济成本指标", "大气监测运维成本", 10, "296万元", 10],
      ["成本指标", "经济成本指标", "水质监测运维成本", 10, "231万元", 8.5],
      ["产出指标", "数量指标", "空气质量监测站点数", 20, "25个", 20],
      ["效益指标", "生态效益指标", "空气质量优良天数比例", 30, "82.5%", 30],
      ["满意度指标", "服务对象满意度指标", "公众满意度", 20, "88%", 20],
    ]);
    expect(e?.indicators[1]?.deviation).toBe("新增断面监测，成本上升");
    expect(sum(e?.indicators.map((i) => i.weight) ?? [])).toBe(90);
    expect([e?.totalWeight, e?.totalScore, e?.grade, e?.conclusion]).toEqual([100, 97.79, "优", "总体完成年度目标。"]);
    expect(warnings).toEqual([]);
  });

  it("Word-style blocks: vertical merges flagged, spans expanded", () => {
    const { document } = understandSelfEvaluation({
      blocks: [
        { kind: "paragraph", text: "项目支出绩效自评表（2024年度）" },
        table([
          ["项目名称", { text: "乡村道路养护", colSpan: 6 }],
          ["主管部门", { text: "某县交通运输局", colSpan: 2 }, "实施单位", { text: "某县公路事务中心", colSpan: 3 }],
          ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [merged, "年度资金总额", "50", "50", "45", "10", "90%", "9"],
        ]),
        table([
          [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
          ],
          [merged, "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "40", "40", ""],
          [merged, merged, "时效指标", "完成时间", "2024年11月底前", "2024年11月20日", "10", "10", ""],
          [merged, "效益指标", "社会效益指标", "道路通行率", "≥98%", "99%", "30", "30", ""],
          [merged, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
          ["总分", { text: "", colSpan: 5 }, "100", "99", ""],
        ]),
      ],
    });
    const p = document.projects[0];
    expect([p?.name, p?.unit?.name, document.department?.name, document.year]).toEqual([
      "乡村道路养护",
      "某县公路事务中心",
      "某县交通运输局",
      2024,
    ]);
    expect(p?.execution).toMatchObject({ annual: 50, executed: 45, rate: 90, score: 9 });
    expect(p?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "养护里程"],
      ["产出指标", "时效指标", "完成时间"],
      ["效益指标", "社会效益指标", "道路通行率"],
      ["满意度指标", "服务对象满意度指标", "群众满意度"],
    ]);
    expect([document.evaluation?.totalWeight, document.evaluation?.totalScore]).toEqual([100, 99]);
  });

  const office: [string, (bytes: Uint8Array) => Promise<Block[]>][] = [
    ["docx", (b) => readDocx(b)],
    ["xlsx", (b) => readXlsx(b)],
    ["pdf", (b) => readPdf(b)],
  ];
  it.each(office)("reads the LibreOffice-made .%s self-evaluation through its format reader", async (ext, read) => {
    const bytes = readFileSync(new URL(`../../../../../fixtures/office/lo-self-evaluation.${ext}`, import.meta.url));
    const { document, warnings } = understandSelfEvaluation({ blocks: await read(new Uint8Array(bytes)) });
    const e = document.evaluation;
    expect(document.department?.name).toBe("天津市科学技术局");
    expect(e?.execution.annual).toBe(176875.03);
    expect(e?.goals.map((g) => g.no)).toEqual([1, 2]);
    expect(e?.indicators.map((i) => [i.goalNo, i.level1, i.level2, i.score])).toEqual([
      [1, "产出指标", "数量指标", 1],
      [1, "产出指标", "时效指标", 2],
      [1, "效益指标", "社会效益指标", 1.5],
      [2, "满意度指标", "服务对象满意度", 2],
    ]);
    expect([e?.totalScore, e?.grade]).toEqual([93.95, "优"]);
    expect(warnings).toEqual([]);
  });
});

describe("goal headings inside the indicator table", () => {
  it("takes the goal number from a row that only says 绩效目标N：…", () => {
    const { document } = understandSelfEvaluation({
      blocks: [
        { kind: "paragraph", text: "部门整体支出绩效自评表" },
        table([
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["绩效目标1：保障机关运转"],
          ["产出指标", "数量指标", "保障人数", "≥50人", "52人", "5", "5", ""],
          ["绩效目标2：完成年度统计调查"],
          ["产出指标", "质量指标", "数据差错率", "≤1%", "0.5%", "5", "5", ""],
        ]),
      ],
    });
    expect(document.evaluation?.indicators.map((i) => [i.goalNo, i.name])).toEqual([
      [1, "保障人数"],
      [2, "数据差错率"],
    ]);
  });
});

describe("goals written out in a 绩效目标 column", () => {
  it("numbers rows by the goal table's 目标序号, or by order when there is no goal table", () => {
    const head = ["绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
    const withGoals = understandSelfEvaluation({
      blocks: [
        { kind: "paragraph", text: "部门整体支出绩效自评表" },
        table([
          ["年度绩效目标完成情况", "目标序号", "年度绩效目标", "实际完成情况"],
          ["", "1", "保障机关运转", "已保障"],
          ["", "2", "完成统计调查", "已完成"],
        ]),
        table([
          head,
          ["完成统计调查", "产出指标", "数量指标", "调查户数", "≥500户", "520户", "5", "5"],
          ["", "", "质量指标", "数据差错率", "≤1%", "0.5%", "5", "5"],
          ["保障机关运转", "产出指标", "数量指标", "保障人数", "≥50人", "52人", "5", "5"],
        ]),
      ],
    });
    expect(withGoals.document.evaluation?.indicators.map((i) => i.goalNo)).toEqual([2, 2, 1]);
    const withoutGoals = understandSelfEvaluation({
      blocks: [
        table([
          head,
          ["目标甲", "产出指标", "数量指标", "指标一", "≥1个", "1个", "5", "5"],
          ["目标乙", "产出指标", "数量指标", "指标二", "≥1个", "1个", "5", "5"],
        ]),
      ],
    });
    expect(withoutGoals.document.evaluation?.indicators.map((i) => i.goalNo)).toEqual([1, 2]);
  });
});

describe("a department form followed by a project form", () => {
  it("keeps the department form as the evaluation and the project form as a project", () => {
    const head = [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ];
    const { document } = understandSelfEvaluation({
      blocks: [
        { kind: "paragraph", text: "部门整体支出绩效自评表" },
        table([
          ["部门名称", "某区民政局"],
          ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["", "500", "520", "510", "10", "98.08%", "9.81"],
          head,
          ["产出指标", "数量指标", "救助人数", "≥300人", "320人", "90", "90", ""],
          ["总分", "", "", "", "", "100", "99.81", ""],
        ]),
        { kind: "paragraph", text: "项目支出绩效自评表" },
        table([
          ["项目名称", "困难群众救助资金"],
          ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度资金总额", "200", "200", "200", "10", "100%", "10"],
          head,
          ["产出指标", "数量指标", "临时救助人次", "≥100人次", "130人次", "90", "90", ""],
          ["总分", "", "", "", "", "100", "100", ""],
        ]),
      ],
    });
    expect(document.department?.name).toBe("某区民政局");
    expect(document.evaluation?.execution.executed).toBe(510);
    expect(document.evaluation?.indicators.map((i) => i.name)).toEqual(["救助人数"]);
    expect(document.evaluation?.totalScore).toBe(99.81);
    expect(document.projects.map((p) => [p.name, p.execution?.executed, p.totalScore])).toEqual([
      ["困难群众救助资金", 200, 100],
    ]);
    expect(document.projects[0]?.indicators.map((i) => i.name)).toEqual(["临时救助人次"]);
  });
});
