import { describe, expect, it } from "vitest";
import type { PerformanceDocument } from "../model/document.ts";
import type { Evaluation } from "../model/execution.ts";
import type { Indicator } from "../model/indicator.ts";
import { cleanIndicators, document, ind, project, withIndicator } from "./build-fixture.ts";
import { checkDocument } from "./check-document.ts";
import { getRulePack } from "./get-rule-pack.ts";
import { RULE_IDS } from "./rule-catalog.ts";

const P = "产出指标";
const B = "效益指标";
const S = "满意度指标";
const one = (i: Indicator, extra = {}) => document([withIndicator(0, i, extra)]);

function evaluation(rows: Indicator[], extra: Partial<Evaluation> = {}): PerformanceDocument {
  return document([], {
    kind: "self-evaluation",
    evaluation: {
      execution: { initial: 100, annual: 100, executed: 100, weight: 10, score: 10, rate: 100 },
      executionDeviation: null,
      goals: [],
      indicators: rows,
      totalWeight: 100,
      totalScore: 100,
      grade: "优",
      conclusion: "自评得分100分，自评等级为优。",
      ...extra,
    },
  });
}
const scored = (
  name: string,
  target: string,
  actual: string,
  weight: number,
  score: number,
  extra: Partial<Indicator> = {},
) => ind(P, "数量指标", name, target, { description: null, basis: null, actual, weight, score, ...extra });
/** 90 points of clean rows: 产出50 / 效益30 / 满意度10. */
function cleanScored(): Indicator[] {
  return [
    scored("培训人次", "≥300人次", "300人次", 20, 20),
    ind(P, "质量指标", "考核合格率", "≥90%", { description: null, basis: null, actual: "95%", weight: 10, score: 10 }),
    ind(P, "时效指标", "完成时间", "2025年11月30日前", {
      description: null,
      basis: null,
      actual: "已于2025年11月20日前完成",
      weight: 10,
      score: 10,
    }),
    ind(P, "成本指标", "培训总成本", "≤100万元", {
      description: null,
      basis: null,
      actual: "98万元",
      weight: 10,
      score: 10,
    }),
    ind(B, "社会效益指标", "技术水平提升企业数", "≥20家", {
      description: null,
      basis: null,
      actual: "22家",
      weight: 30,
      score: 30,
    }),
    ind(S, "服务对象满意度指标", "参训人员满意度", "≥90%", {
      description: null,
      basis: null,
      actual: "95%",
      weight: 10,
      score: 10,
    }),
  ];
}
const evalWith = (k: number, row: Indicator, extra: Partial<Evaluation> = {}) => {
  const rows = cleanScored();
  rows[k] = row;
  return evaluation(rows, extra);
};

/** A Hubei department table: funds and long-term/annual indicators. */
function departmentDoc(
  funds: { income: number[]; incomeTotal: number; expense: number[]; shares: (number | null)[]; expenseTotal: number },
  longTerm: Indicator[] = [],
  annual: Indicator[] = [],
): PerformanceDocument {
  const line = (label: string, amount: number | null, share: number | null = null) => ({
    label,
    amount,
    share,
    prior: [],
  });
  return document([], {
    kind: "department-targets",
    departmentTable: {
      name: "某市科学技术局",
      preparer: null,
      phone: null,
      funds: {
        priorYears: [],
        income: funds.income.map((a, k) => line(`收入${k}`, a)),
        incomeTotal: line("合计", funds.incomeTotal),
        expense: funds.expense.map((a, k) => line(`支出${k}`, a, funds.shares[k] ?? null)),
        expenseTotal: line("合计", funds.expenseTotal),
      },
      functions: [],
      tasks: [],
      longTerm: { deadline: 2027, goal: null, indicators: longTerm },
      annual: { goal: null, indicators: annual },
    },
  });
}
const dept = (name: string, target: string) =>
  ind("履职效能", "核心业务产出1", name, target, { description: null, basis: "计划标准" });
const goodFunds = {
  income: [1036.06],
  incomeTotal: 1036.06,
  expense: [708.44, 96.62, 231],
  shares: [68.38, 9.33, 22.29],
  expenseTotal: 1036.06,
};

interface Case {
  rule: string;
  what: string;
  bad: PerformanceDocument;
  good: PerformanceDocument;
  pack?: string;
}

const cases: Case[] = [
  { rule: "R-CODE-1", what: "项目编码空白", bad: document([project({ code: null })]), good: document([project()]) },
  {
    rule: "R-BUD-1",
    what: "预算数≠财政+其他",
    bad: document([project({ budget: { total: 100, fiscal: 90, other: 5 } })]),
    good: document([project({ budget: { total: 100, fiscal: 90, other: 10 } })]),
  },
  { rule: "R-BUD-2", what: "无预算数", bad: document([project({ budget: null })]), good: document([project()]) },
  {
    rule: "R-GOAL-1",
    what: "目标过短",
    bad: document([project({ goals: ["提升能力"] })]),
    good: document([project()]),
  },
  {
    rule: "R-GOAL-3",
    what: "用途=目标",
    bad: document([project({ purpose: "1.年内组织企业技术人员培训300人次，提升参训企业技术水平。" })]),
    good: document([project()]),
  },
  { rule: "R-IND-1", what: "无满意度一级", bad: document([withIndicator(5, null)]), good: document([project()]) },
  { rule: "R-IND-2", what: "产出无时效", bad: document([withIndicator(2, null)]), good: document([project()]) },
  {
    rule: "R-IND-3",
    what: "占位“无”",
    bad: one(ind(P, "数量指标", "无", "无", { description: "无" })),
    good: document([project()]),
  },
  {
    rule: "R-IND-3",
    what: "文字描述",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "派遣人员满意度", "文字描述"))]),
    good: document([project()]),
  },
  {
    rule: "R-IND-4",
    what: "空行",
    bad: document([
      project({
        indicators: [
          ...cleanIndicators(),
          ind("", "", "", "", { description: null, target: null, basis: null, level2: null }),
        ],
      }),
    ]),
    good: document([project()]),
  },
  {
    rule: "R-IND-5",
    what: "满意度为无",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "无", "无", { description: "无" }))]),
    good: document([project()]),
  },
  {
    rule: "R-IND-6",
    what: "依据工作经验",
    bad: one(ind(P, "数量指标", "培训企业技术人员人次", "≥300人次", { basis: "工作经验" })),
    good: one(ind(P, "数量指标", "培训企业技术人员人次", "≥300人次", { basis: "《年度培训计划》" })),
  },
  {
    rule: "R-IND-6",
    what: "湖北：依据须为标准",
    pack: "hubei",
    bad: one(ind(P, "数量指标", "培训企业技术人员人次", "≥300人次", { basis: "《年度培训计划》" })),
    good: document([project()]),
  },
  {
    rule: "R-IND-7",
    what: "效果指标",
    bad: document([withIndicator(4, ind("效果指标", "社会效益指标", "参训企业技术水平", "明显提升"))]),
    good: document([project()]),
  },
  {
    rule: "R-IND-8",
    what: "A体系成本在产出下",
    pack: "central-2022",
    bad: document([project()]),
    good: document([
      project({
        indicators: [
          ...cleanIndicators().filter((i) => i.level2 !== "成本指标"),
          ind("成本指标", "经济成本指标", "培训总成本", "≤100万元"),
        ],
      }),
    ]),
  },
  {
    rule: "R-IND-9",
    what: "指标过多",
    bad: document([
      project({
        indicators: [
          ...cleanIndicators(),
          ...Array.from({ length: 10 }, (_, k) => ind(P, "数量指标", `培训班次${k}`, "≥1期")),
        ],
      }),
    ]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-1",
    what: "河北：未填写资金支出计划",
    pack: "hebei",
    bad: document([project({ spendPlan: null })]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-1",
    what: "空白月份",
    bad: document([project({ spendPlan: { mar: null, jun: null, oct: null, dec: 100 } })]),
    good: document([project({ spendPlan: { mar: 0, jun: 0, oct: 0, dec: 100 } })]),
  },
  {
    rule: "R-PLAN-2",
    what: "超过100",
    bad: document([project({ spendPlan: { mar: 20, jun: 50, oct: 80, dec: 120 } })]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-3",
    what: "75%→10%",
    bad: document([project({ spendPlan: { mar: 25, jun: 50, oct: 75, dec: 10 } })]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-4",
    what: "年底50%",
    bad: document([
      project({ spendPlan: { mar: 0, jun: 0, oct: 50, dec: null }, spendPlanColumns: ["mar", "jun", "oct"] }),
    ]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-5",
    what: "缺12月底列",
    bad: document([
      project({ spendPlan: { mar: 20, jun: 50, oct: 100, dec: null }, spendPlanColumns: ["mar", "jun", "oct"] }),
    ]),
    good: document([project()]),
  },
  {
    rule: "R-PLAN-6",
    what: "年底截止且10月为0",
    bad: document([
      withIndicator(2, ind(P, "时效指标", "完成时间", "2025年12月31日前"), {
        spendPlan: { mar: 0, jun: 0, oct: 0, dec: 100 },
      }),
    ]),
    good: document([withIndicator(2, ind(P, "时效指标", "完成时间", "2025年12月31日前"))]),
  },
  {
    rule: "R-PLAN-7",
    what: "河北：6月底<50%",
    pack: "hebei",
    bad: document([project({ spendPlan: { mar: 10, jun: 30, oct: 80, dec: 100 } })]),
    good: document([project()]),
  },
  {
    rule: "R-TXT-1",
    what: "XXX",
    bad: document([project()], { title: "XXX 财政 (厅/局) 审核" }),
    good: document([project()], { title: "XXL号服装采购" }),
  },
  {
    rule: "R-TXT-2",
    what: "0A",
    bad: one(ind(P, "质量指标", "0A办公系统运行稳定率", "≥99%")),
    good: one(ind(P, "质量指标", "OA办公系统运行稳定率", "≥99%")),
  },
  {
    rule: "R-VAL-1",
    what: "无计算符号",
    bad: one(ind(P, "质量指标", "入驻企业合规率", "90%")),
    good: one(ind(P, "质量指标", "入驻企业合规率", "≥90%")),
  },
  {
    rule: "R-VAL-1",
    what: "时限用≥",
    bad: one(ind(P, "时效指标", "完成时限", "≥1年", { description: "12月底前完成" })),
    good: one(ind(P, "时效指标", "完成时限", "≤1年", { description: "12月底前完成" })),
  },
  {
    rule: "R-VAL-2",
    what: "≥3无单位",
    bad: one(ind(P, "数量指标", "举办活动场次", "≥3")),
    good: one(ind(P, "数量指标", "举办活动场次", "≥3场")),
  },
  {
    rule: "R-VAL-3",
    what: "次数用家",
    bad: one(ind(P, "数量指标", "为入驻企业提供服务次数", "≥10家")),
    good: one(ind(P, "数量指标", "为入驻企业提供服务次数", "≥10次")),
  },
  {
    rule: "R-VAL-3",
    what: "非比率用%",
    bad: document([withIndicator(4, ind(B, "经济效益指标", "经济发展", "≥90%", { description: "争取上级扶持资金" }))]),
    good: document([withIndicator(4, ind(B, "经济效益指标", "成本节约率", "≥5%"))]),
  },
  {
    rule: "R-VAL-4",
    what: "≥100%",
    bad: one(ind(P, "质量指标", "验收合格率", "≥100%")),
    good: one(ind(P, "质量指标", "验收合格率", "＝100%")),
  },
  {
    rule: "R-VAL-5",
    what: "值=名称",
    bad: one(ind(P, "时效指标", "资金到位后及时兑现", "资金到位后及时兑现", { description: "资金到位后及时兑现" })),
    good: document([project()]),
  },
  {
    rule: "R-VAL-6",
    what: "是否+%",
    bad: one(ind(P, "时效指标", "发放时效", "≥95%", { description: "工资保险是否及时发放" })),
    good: one(ind(P, "时效指标", "工资按时发放率", "≥95%")),
  },
  {
    rule: "R-VAL-7",
    what: "是",
    bad: one(ind(P, "质量指标", "市达任务指标", "是", { description: "市达任务指标是否完成" })),
    good: document([project()]),
  },
  {
    rule: "R-VAL-7",
    what: "良好",
    bad: one(ind(P, "质量指标", "科普宣传深入程度", "良好")),
    good: one(ind(P, "质量指标", "科普宣传深入程度", "达到省级示范标准")),
  },
  {
    rule: "R-VAL-8",
    what: "≧",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "参训人员满意度", "≧90%"))]),
    good: document([project()]),
  },
  {
    rule: "R-VAL-9",
    what: "文件名",
    bad: one(ind(P, "质量指标", "孵化器级别", "委托运营协议")),
    good: one(ind(P, "质量指标", "孵化器级别", "达到省级众创空间")),
  },
  {
    rule: "R-VAL-10",
    what: "描述=名称",
    bad: one(ind(P, "数量指标", "培训企业技术人员人次", "≥300人次", { description: "培训企业技术人员人次" })),
    good: document([project()]),
  },
  {
    rule: "R-REL-1",
    what: "时效写次数",
    bad: one(ind(P, "时效指标", "招商活动", "≥2次", { description: "科技招商活动" })),
    good: one(ind(P, "时效指标", "活动按时完成率", "≥95%")),
  },
  {
    rule: "R-REL-1",
    what: "质量写人次",
    bad: one(ind(P, "质量指标", "活动参与人数", "≥300人次")),
    good: document([project()]),
  },
  {
    rule: "R-REL-1",
    what: "数量写%",
    bad: one(ind(P, "数量指标", "贷款贴息利率", "≤5.22%")),
    good: document([project()]),
  },
  {
    rule: "R-REL-2",
    what: "效益写补助",
    bad: document([
      withIndicator(
        4,
        ind(B, "经济效益指标", "企业研发投入后补助", "≤30.62万元", { description: "研发投入后补助金额" }),
      ),
    ]),
    good: document([withIndicator(4, ind(B, "经济效益指标", "技术合同成交额", "≥5000万元"))]),
  },
  {
    rule: "R-REL-3",
    what: "生态无关",
    bad: document([
      project({ indicators: [...cleanIndicators(), ind(B, "生态效益指标", "提升统计服务水平", "明显提升")] }),
    ]),
    good: document([
      project({ indicators: [...cleanIndicators(), ind(B, "生态效益指标", "单位产值能耗降低率", "≥5%")] }),
    ]),
  },
  {
    rule: "R-REL-4",
    what: "描述抄自另一指标",
    bad: document([
      project({
        indicators: [
          ind(P, "数量指标", "年内科技特派员工作站全覆盖", "≥6个", { description: "年内认定的科技项目完成个数" }),
          ind(P, "质量指标", "年内认定的科技项目完成率", "≥90%"),
          ...cleanIndicators().slice(2),
        ],
      }),
    ]),
    good: document([
      project({
        indicators: [
          ind(P, "数量指标", "年内科技特派员工作站全覆盖", "≥6个", { description: "年内新建的科技特派员工作站个数" }),
          ind(P, "质量指标", "年内认定的科技项目完成率", "≥90%"),
          ...cleanIndicators().slice(2),
        ],
      }),
    ]),
  },
  {
    rule: "R-REL-5",
    what: "两项目同目标",
    bad: document([project(), project({ name: "另一个项目" })]),
    good: document([
      project(),
      project({
        name: "另一个项目",
        goals: ["年内为50家企业提供技术咨询服务，解决技术难题"],
        purpose: "用于支付专家咨询费和差旅费",
      }),
    ]),
  },
  {
    rule: "R-REL-6",
    what: "水利工程",
    bad: document([project()], { overall: { summary: null, items: [], safeguards: ["加强对重点水利工程项目的稽查"] } }),
    good: document([project()], { overall: { summary: null, items: [], safeguards: ["加强科技项目资金的监督检查"] } }),
  },
  {
    rule: "R-REL-7",
    what: "二级重复",
    bad: document([
      project({
        indicators: [
          ...cleanIndicators().slice(0, 5),
          ind(B, "经济效益指标", "参训企业新增产值", "≥500万元"),
          ind(B, "社会效益指标", "参训人员持证率", "≥80%"),
          cleanIndicators()[5] as Indicator,
        ],
      }),
    ]),
    good: document([project()]),
  },
  {
    rule: "R-COST-1",
    what: "成本≥",
    bad: one(ind(P, "成本指标", "项目资金成本", "≥84万元")),
    good: document([project()]),
  },
  {
    rule: "R-COST-2",
    what: "成本>预算",
    bad: document([
      withIndicator(3, ind(P, "成本指标", "项目支出", "≤30万元"), { budget: { total: 5.1, fiscal: 5.1, other: null } }),
    ]),
    good: document([
      withIndicator(3, ind(P, "成本指标", "项目支出", "≤5.1万元"), {
        budget: { total: 5.1, fiscal: 5.1, other: null },
      }),
    ]),
  },
  {
    rule: "R-COST-3",
    what: "成本为是",
    bad: document([withIndicator(3, ind(P, "成本指标", "资金总额", "是", { description: "拨付金额不超过项目金额" }))]),
    good: document([project()]),
  },
  {
    rule: "R-COST-3",
    what: "成本为100%",
    bad: document([withIndicator(3, ind(P, "成本指标", "费用不超预算", "100%"))]),
    good: document([
      withIndicator(3, ind(P, "成本指标", "租金成本", "≤650元/平方米"), {
        goals: ["租赁孵化场地1500平方米，年内入驻企业20家以上"],
      }),
    ]),
  },
  {
    rule: "R-COST-4",
    what: "单位成本×面积≠预算",
    bad: document([
      withIndicator(3, ind(P, "成本指标", "租金成本", "≤650元/平方米"), {
        goals: ["租赁孵化场地5000平方米，年内入驻企业20家以上"],
      }),
    ]),
    good: document([
      withIndicator(3, ind(P, "成本指标", "租金成本", "≤650元/平方米"), {
        goals: ["租赁孵化场地1500平方米，年内入驻企业20家以上"],
      }),
    ]),
  },
  {
    rule: "R-COST-5",
    what: "企业支出",
    bad: document([withIndicator(3, ind(P, "成本指标", "企业支出", "≤20万元", { description: "企业支出数额" }))]),
    good: document([project()]),
  },
  {
    rule: "R-COST-6",
    what: "成本远低于预算",
    bad: document([withIndicator(3, ind(P, "成本指标", "培训总成本", "≤20万元"))]),
    good: document([project()]),
  },
  {
    rule: "R-SAT-1",
    what: "满意度无数字",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "服务对象满意度", "服务对象满意"))]),
    good: document([project()]),
  },
  {
    rule: "R-SAT-2",
    what: "满意度100%",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "科技企业满意度", "≥100%"))]),
    good: document([withIndicator(5, ind(S, "服务对象满意度指标", "科技企业满意度", "≥95%"))]),
  },
  {
    rule: "R-SAT-3",
    what: "满意度照抄",
    bad: document([withIndicator(5, ind(S, "服务对象满意度指标", "入驻企业满意度", "入驻企业满意度"))]),
    good: document([project()]),
  },
  {
    rule: "R-FEAS-1",
    what: "目标2个 vs 指标4家",
    bad: document([
      project({
        goals: ["年内筹建产业技术创新联合体2个，带动企业协同创新"],
        indicators: [...cleanIndicators(), ind(P, "数量指标", "产业技术创新联合体", "≥4家")],
      }),
    ]),
    good: document([
      project({
        goals: ["年内筹建产业技术创新联合体4个，带动企业协同创新"],
        indicators: [...cleanIndicators(), ind(P, "数量指标", "产业技术创新联合体", "≥4家")],
      }),
    ]),
  },
  {
    rule: "R-FEAS-2",
    what: "历史标准却下调",
    bad: one(
      ind(P, "数量指标", "核心技术攻关", "≥130项", {
        basis: "历史标准",
        priorValues: [
          { year: 2022, value: "96项" },
          { year: 2023, value: "136项" },
        ],
      }),
    ),
    good: one(
      ind(P, "数量指标", "核心技术攻关", "≥140项", {
        basis: "历史标准",
        priorValues: [
          { year: 2022, value: "96项" },
          { year: 2023, value: "136项" },
        ],
      }),
    ),
  },
  {
    rule: "R-FEAS-4",
    what: "未建设",
    bad: one(ind(P, "质量指标", "信息化建设情况", "未建设")),
    good: one(ind(P, "质量指标", "信息化建设情况", "建成并投入使用")),
  },
  {
    rule: "R-FEAS-5",
    what: "宏观指标",
    bad: document([withIndicator(4, ind(B, "经济效益指标", "规上工业企业研发经费支出总额", "≥23000万元"))]),
    good: document([withIndicator(4, ind(B, "经济效益指标", "受支持企业新增销售收入", "≥500万元"))]),
  },
  {
    rule: "R-HB-1",
    what: "支出合计≠各项之和",
    bad: departmentDoc({ ...goodFunds, expense: [708.44, 96.62, 230] }),
    good: departmentDoc(goodFunds),
  },
  {
    rule: "R-HB-2",
    what: "占比与金额不符",
    bad: departmentDoc({ ...goodFunds, shares: [60, 9.33, 22.29] }),
    good: departmentDoc(goodFunds),
  },
  {
    rule: "R-FEAS-3",
    what: "长期148家<年度350家",
    bad: departmentDoc(goodFunds, [dept("高新技术企业", "148家")], [dept("高新技术企业", "350家")]),
    good: departmentDoc(goodFunds, [dept("高新技术企业", "400家")], [dept("高新技术企业", "350家")]),
  },
  {
    rule: "R-FEAS-3",
    what: "完全相符 vs 基本相符",
    bad: departmentDoc(goodFunds, [dept("中长期规划相符性", "完全相符")], [dept("中长期规划相符性", "基本相符")]),
    good: departmentDoc(goodFunds, [dept("中长期规划相符性", "完全相符")], [dept("中长期规划相符性", "完全相符")]),
  },
  {
    rule: "R-COST-3",
    what: "成本节约率是合法的成本比率",
    bad: document([withIndicator(3, ind(P, "成本指标", "节约成本", "≥5%"))]),
    good: document([project({ indicators: [...cleanIndicators(), ind(P, "成本指标", "成本节约率", "≥5%")] })]),
  },
  {
    rule: "R-FEAS-1",
    what: "目标数字无对应指标（换个说法、同数同单位不算）",
    bad: document([project({ goals: ["年内在乡镇转化落地科技成果60个以上，带动产业升级"] })]),
    good: document([
      project({
        goals: ["年内完成培训300人次以上，提升参训企业技术水平"],
        indicators: [...cleanIndicators(), ind(P, "数量指标", "服务企业家数", "≥50家")],
      }),
    ]),
  },
  // Self-evaluation (§6).
  {
    rule: "W-2",
    what: "分值分配不同",
    bad: evaluation([
      scored("培训人次", "≥300人次", "300人次", 10, 10),
      ...cleanScored().slice(1, 4),
      ind(B, "社会效益指标", "技术水平提升企业数", "≥20家", {
        description: null,
        basis: null,
        actual: "22家",
        weight: 40,
        score: 40,
      }),
      cleanScored()[5] as Indicator,
    ]),
    good: evaluation(cleanScored()),
  },
  {
    rule: "W-3",
    what: "分值合计≠90",
    bad: evalWith(0, scored("培训人次", "≥300人次", "300人次", 25, 25), { totalScore: 105 }),
    good: evaluation(cleanScored()),
  },
  {
    rule: "W-4",
    what: "分值0",
    bad: evalWith(0, scored("培训人次", "≥300人次", "300人次", 0, 0)),
    good: evaluation(cleanScored()),
  },
  {
    rule: "S-1",
    what: "得分>分值",
    bad: evalWith(0, scored("培训人次", "≥300人次", "300人次", 20, 21), { totalScore: 101 }),
    good: evaluation(cleanScored()),
  },
  {
    rule: "S-2",
    what: "得分不符公式",
    bad: evalWith(
      3,
      ind(P, "成本指标", "运行成本", "≤34403.58万元", {
        description: null,
        basis: null,
        actual: "44316.45万元",
        weight: 10,
        score: 3,
        deviation: "支出超预算",
      }),
      { totalScore: 93 },
    ),
    good: evalWith(
      3,
      ind(P, "成本指标", "运行成本", "≤34403.58万元", {
        description: null,
        basis: null,
        actual: "44316.45万元",
        weight: 10,
        score: 7.12,
        deviation: "支出超预算",
      }),
      { totalScore: 97.12 },
    ),
  },
  {
    rule: "S-3",
    what: "总分不符",
    bad: evaluation(cleanScored(), { totalScore: 95 }),
    good: evaluation(cleanScored()),
  },
  { rule: "S-4", what: "等级不符", bad: evaluation(cleanScored(), { grade: "良" }), good: evaluation(cleanScored()) },
  {
    rule: "S-5",
    what: "执行得分不符",
    bad: evaluation(cleanScored(), {
      execution: { initial: 100, annual: 100, executed: 90, weight: 10, score: 10, rate: 90 },
    }),
    good: evaluation(cleanScored()),
  },
  {
    rule: "S-6",
    what: "超额处理不一",
    bad: evaluation(
      [
        scored("培训人次", "≥300人次", "498人次", 10, 5, { deviation: "多" }),
        scored("培训班次", "≥10期", "20期", 10, 10, { deviation: "多" }),
        ...cleanScored().slice(1),
      ],
      { totalScore: 95 },
    ),
    good: evaluation(cleanScored()),
  },
  {
    rule: "S-7",
    what: "实际0",
    bad: evalWith(0, scored("培训人次", "≥300人次", "0人次", 20, 0, { deviation: "年内取消" }), {
      totalScore: 80,
      grade: "良",
    }),
    good: evaluation(cleanScored()),
  },
  {
    rule: "S-8",
    what: "定性档次外",
    bad: evalWith(
      4,
      ind(B, "社会效益指标", "技术水平", "明显提升", {
        description: null,
        basis: null,
        actual: "未达成年度指标且效果较差",
        weight: 30,
        score: 30,
        deviation: "说明",
      }),
    ),
    good: evalWith(
      4,
      ind(B, "社会效益指标", "技术水平", "明显提升", {
        description: null,
        basis: null,
        actual: "达成年度指标",
        weight: 30,
        score: 30,
        deviation: "说明",
      }),
    ),
  },
  {
    rule: "E-1",
    what: "扣分未说明",
    bad: evalWith(0, scored("培训人次", "≥300人次", "270人次", 20, 18), { totalScore: 98 }),
    good: evalWith(0, scored("培训人次", "≥300人次", "270人次", 20, 18, { deviation: "部分企业停产" }), {
      totalScore: 98,
    }),
  },
  {
    rule: "E-2",
    what: "超额未说明",
    bad: evalWith(0, scored("培训人次", "≥300人次", "498人次", 20, 20)),
    good: evalWith(0, scored("培训人次", "≥300人次", "498人次", 20, 20, { deviation: "年初指标偏低，已调整" })),
  },
  {
    rule: "E-3",
    what: "执行率<90未说明",
    bad: evaluation(cleanScored(), {
      execution: { initial: 100, annual: 100, executed: 80, weight: 10, score: 8, rate: 80 },
      totalScore: 98,
    }),
    good: evaluation(cleanScored(), {
      execution: { initial: 100, annual: 100, executed: 80, weight: 10, score: 8, rate: 80 },
      executionDeviation: "部分工程款延至次年支付",
      totalScore: 98,
    }),
  },
  {
    rule: "E-5",
    what: "广西：定性无说明",
    pack: "guangxi",
    bad: evalWith(
      4,
      ind(B, "社会效益指标", "技术水平", "明显提升", {
        description: null,
        basis: null,
        actual: "达成年度指标",
        weight: 30,
        score: 30,
      }),
    ),
    good: evaluation(cleanScored()),
  },
];

function ruleIds(doc: PerformanceDocument, packId = "national"): string[] {
  return checkDocument({ document: doc, pack: getRulePack(packId) }).findings.map((f) => f.ruleId);
}

describe("every rule flags its fragment and passes the corrected one", () => {
  it.each(cases.map((c) => [c.rule, c.what, c] as const))("%s %s", (_rule, _what, c) => {
    expect(ruleIds(c.bad, c.pack)).toContain(c.rule);
    expect(ruleIds(c.good, c.pack)).not.toContain(c.rule);
  });

  it("every rule of the catalogue has a case here", () => {
    const covered = new Set(cases.map((c) => c.rule));
    // Monitoring rules (M-*) have their cases in rules/monitoring-rules.test.ts.
    expect(RULE_IDS.filter((id) => !covered.has(id) && !id.startsWith("M-"))).toEqual([]);
  });

  it("the clean builder project has no finding at all", () => {
    expect(checkDocument({ document: document([project()]) }).findings).toEqual([]);
    expect(checkDocument({ document: evaluation(cleanScored()) }).findings).toEqual([]);
  });
});
