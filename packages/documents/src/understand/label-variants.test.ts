/**
 * More hand-written layouts (fixtures/text/): a 三级指标 column beside 指标内容, several amounts on one
 * "项目资金（元）：…" line, the year on its own line under the title, the 三级指标 column first, a "绩效指标" caption
 * line between the goals and the table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentSchema } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.ts";

const dir = join(import.meta.dirname, "../../../../fixtures/text");

async function read(file: string) {
  const result = await readDocument({ bytes: readFileSync(join(dir, file)), fileName: file });
  expect(documentSchema.safeParse(result.document).success).toBe(true);
  return result.document;
}

describe("label variants", () => {
  it("三级指标 and 指标内容 side by side: 指标内容 is the description; amounts in 元 on one line; 主管部门", async () => {
    const doc = await read("content-column-amounts-on-one-line.md");
    expect(doc.department).toEqual({ code: null, name: "某县商务局" });
    expect(doc.amountUnit).toBe("元");
    const [p] = doc.projects;
    expect(p?.budget).toEqual({ total: 1250000, fiscal: 1000000, other: 250000 });
    expect(p?.unit?.name).toBe("某县电子商务中心");
    expect(p?.indicators.map((i) => [i.name, i.description, i.target, i.weight])).toEqual([
      ["新建服务站数量", "新建村级电商服务站", "≥30个", 20],
      ["服务站验收合格率", "验收合格站点占比", "≥95%", 10],
      ["建设完成时间", "全部站点建成时间", "2025年10月底前", 10],
      ["单站建设成本", "平均每站建设投入", "≤40000元", 10],
      ["农产品网销额增长率", "较上年增长", "≥10%", 20],
      ["培训电商从业人员", "培训人次", "≥500人次", 10],
      ["村民满意度", "问卷调查", "≥90%", 10],
    ]);
  });

  it("三级指标 first, 权重 before the value, year on a line of its own, a 绩效指标 caption after the goal", async () => {
    const doc = await read("name-first-year-line.txt");
    expect(doc.year).toBe(2026);
    expect(doc.department?.name).toBe("某市卫生健康委员会");
    const [p] = doc.projects;
    expect(p?.budget).toEqual({ total: 86.5, fiscal: 80, other: 6.5 });
    expect(p?.goals).toEqual(["完成辖区居民电子健康档案建档和动态更新，规范化电子建档率达到90%以上。"]);
    expect(p?.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.weight, i.basis])).toEqual([
      ["产出指标", "数量指标", "建档人数", "≥12万人", 30, "计划标准"],
      ["产出指标", "质量指标", "电子建档率", "≥90%", 20, "行业标准"],
      ["产出指标", "时效指标", "档案更新及时率", "≥85%", 10, "历史标准"],
      ["产出指标", "成本指标", "人均建档成本", "≤7.2元", 10, "计划标准"],
      ["效益指标", "社会效益指标", "居民健康意识", "逐步提高", 20, "其他标准"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", 10, "行业标准"],
    ]);
  });

  it("a project self-evaluation written with bare pipes (no outer |, a leading | for a merged cell)", async () => {
    const doc = await read("bare-pipes-project-self-evaluation.txt");
    expect(doc).toMatchObject({ kind: "self-evaluation", year: 2024, department: { name: "某县农业农村局" } });
    const e = doc.evaluation;
    expect(e?.execution).toEqual({ initial: 150, annual: 150, executed: 142.5, weight: 10, score: 9.5, rate: 95 });
    expect(e?.goals).toEqual([
      { no: null, goal: "推广新品种新技术10项，培训农民2000人次", achieved: "推广新品种新技术11项，培训农民2150人次" },
    ]);
    expect(e?.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "推广新品种新技术数量", "≥10项", "11项", 20, 20],
      ["产出指标", "数量指标", "培训农民人次", "≥2000人次", "2150人次", 20, 20],
      ["产出指标", "质量指标", "技术到位率", "≥95%", "96%", 10, 10],
      ["产出指标", "时效指标", "推广完成时间", "2024年11月底前", "2024年11月完成", 10, 10],
      ["效益指标", "经济效益指标", "示范区亩均增收", "≥100元", "92元", 15, 13.8],
      ["效益指标", "社会效益指标", "带动农户数", "≥500户", "520户", 5, 5],
      ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", 10, 10],
    ]);
    expect(e?.indicators[4]?.deviation).toBe("受干旱影响，增收未达预期，下年加强抗旱技术推广");
    expect(e).toMatchObject({ totalWeight: 100, totalScore: 98.3 });
  });

  it("a monitoring table with head lines, amounts in 元 with thousands separators, 1-6月完成值, reasons as lines", async () => {
    const doc = await read("monitoring-lines-and-yuan.txt");
    expect(doc).toMatchObject({
      kind: "monitoring",
      year: 2025,
      monitoring: { month: 6 },
      amountUnit: "元",
      department: { name: "某市生态环境局" },
    });
    const [p] = doc.projects;
    expect(p?.name).toBe("大气污染防治专项");
    expect(p?.execution).toEqual({
      initial: 2000000,
      annual: 2400000,
      executed: 960000,
      weight: null,
      score: null,
      rate: 40,
      forecast: 2400000,
    });
    expect(p?.executionDeviation).toBe(
      "部分设备采购合同于5月签订，尾款按进度支付。改进措施：加快设备验收，三季度完成付款。",
    );
    expect(p?.indicators.map((i) => [i.name, i.target, i.actual, i.forecast, i.deviation, i.likelihood])).toEqual([
      ["新增在线监测点位", "≥20个", "8个", "20个", "设备到货延迟", "有可能"],
      ["监测数据有效率", "≥90%", "93%", "93%", null, "确定能"],
      ["PM2.5平均浓度", "≤35微克/立方米", "38微克/立方米", "34微克/立方米", "冬季采暖影响", "有可能"],
      ["公众满意度", "≥85%", "—", "88%", null, "确定能"],
    ]);
  });

  it("a department targets table: 部门名称 as a line, goals over several rows, annual indicators", async () => {
    const doc = await read("department-targets-lines.txt");
    expect(doc).toMatchObject({ kind: "department-targets", year: 2025, department: { name: "某市文化广电旅游局" } });
    const annual = doc.departmentTable?.annual;
    expect(annual?.goal).toBe(
      "目标1：组织开展群众文化活动200场次，惠及群众50万人次。目标2：完成文物保护修缮项目8个，文物安全事故为零。",
    );
    expect(annual?.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ["产出指标", "数量指标", "群众文化活动场次", "≥200场"],
      ["产出指标", "数量指标", "文物修缮项目数", "8个"],
      ["产出指标", "质量指标", "文物修缮验收合格率", "100%"],
      ["产出指标", "时效指标", "修缮项目完成时间", "2025年12月底前"],
      ["效益指标", "社会效益指标", "惠及群众人次", "≥50万人次"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
  });
});
