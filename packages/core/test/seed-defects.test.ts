/**
 * domain-rules §8: the 60 defects a reviewer finds in the published seeds, each found by the rule the table names,
 * on the documents the real text reader makes of fixtures/seeds/*. Where §8 names several rules for one row, the
 * row is split into one entry per defect. §8 rows 5 (name = 描述, "R-VAL-5 (W)") and 40 (质量 "相关部门配合") are
 * found by R-VAL-10 and R-VAL-7, the warning-level rules that carry those cases here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkDocument,
  type Finding,
  findFindingIndicator,
  type PerformanceDocument,
  parseDocument,
} from "@jixiao/core";
import { readText } from "@jixiao/documents";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const SEEDS = {
  s0: "000_1d3fb6a94e038dcc",
  s1: "001_84b2129734047c8f",
  s2: "002_a3cb9191b7c11910",
  s3: "003_f895533748b46b25",
  s4: "004_55dcf13382c431db",
} as const;
type Seed = keyof typeof SEEDS;

interface Defect {
  row: number;
  seed: Seed;
  /** Project name part; "overall", "document", "evaluation", "departmentTable" for the other sections. */
  where: string;
  rule: string;
  /** Indicator name part the finding must point at. */
  indicator?: string;
  /** Text the message must contain (findings without an indicator). */
  message?: string;
  /** The rule must NOT fire here (§8 says the check passes). */
  absent?: boolean;
  what: string;
}

const d = (row: number, seed: Seed, where: string, rule: string, what: string, more: Partial<Defect> = {}): Defect => ({
  row,
  seed,
  where,
  rule,
  what,
  ...more,
});
const i = (indicator: string) => ({ indicator });

const s0Projects = ["高新技术企业扶持资金", "科技创新专项经费", "创新型园区建设试点资金"];
const s1Projects = ["省级技术创新引导专项资金", "支持市县科技创新", "科技三项经费", "劳务费", "招商引资专项业务费"];

const DEFECTS: Defect[] = [
  ...s0Projects.map((p) => d(1, "s0", p, "R-CODE-1", "项目编码空白")),
  d(2, "s0", "高新技术企业扶持资金", "R-COST-3", "成本指标“是”", i("资金总额")),
  d(3, "s0", "科技创新专项经费", "R-COST-3", "成本指标“是”", i("资金总额")),
  d(3, "s0", "创新型园区建设试点资金", "R-COST-3", "成本指标“是”", i("资金总额")),
  d(4, "s0", "document", "R-IND-4", "指标表中的空行"),
  d(5, "s0", "高新技术企业扶持资金", "R-VAL-10", "满意度名称=描述", i("被服务企业满意度")),
  d(5, "s0", "科技创新专项经费", "R-VAL-8", "≧90%", i("企业满意度")),
  d(5, "s0", "创新型园区建设试点资金", "R-VAL-8", "≧90%", i("企业满意度")),
  d(6, "s0", "创新型园区建设试点资金", "R-VAL-2", "≥3 无单位", i("举办活动场次")),
  d(7, "s0", "高新技术企业扶持资金", "R-VAL-7", "效益值“是”", i("企业创新创业水平")),
  d(7, "s0", "科技创新专项经费", "R-VAL-7", "质量值“是”", i("市达任务指标")),
  d(7, "s0", "创新型园区建设试点资金", "R-VAL-7", "质量值“是”", i("新增市级科研平台")),
  ...s0Projects.map((p) => d(8, "s0", p, "R-IND-6", "依据“工作经验”")),
  ...s0Projects.map((p) => d(9, "s0", p, "R-IND-7", "一级“效果指标”")),
  d(10, "s1", "劳务费", "R-PLAN-3", "75%→10%"),
  d(10, "s1", "劳务费", "R-PLAN-4", "年底10%"),
  d(11, "s1", "招商引资专项业务费", "R-PLAN-3", "75%→10%"),
  d(11, "s1", "招商引资专项业务费", "R-PLAN-4", "年底10%"),
  d(12, "s1", "劳务费", "R-COST-2", "≤30万元 > 预算5.10万", i("项目支出")),
  d(13, "s1", "招商引资专项业务费", "R-COST-1", "成本用≥", i("企业支出")),
  d(13, "s1", "招商引资专项业务费", "R-COST-2", "≥20万元 > 预算10万", i("企业支出")),
  d(13, "s1", "招商引资专项业务费", "R-COST-5", "企业的支出", i("企业支出")),
  d(14, "s1", "科技三项经费", "R-COST-1", "≥84万元", i("项目资金")),
  d(15, "s1", "劳务费", "R-VAL-1", "“12月”无计算符号", i("发放次数")),
  d(15, "s1", "劳务费", "R-VAL-3", "次数用“月”", i("发放次数")),
  ...["发放时效", "符合经济发展趋势", "社会影响力", "可持续影响力"].map((n) =>
    d(16, "s1", "劳务费", "R-VAL-6", "是否…≥95%", i(n)),
  ),
  ...["符合发展趋势", "社会影响力", "可持续创新或后续研发能力"].map((n) =>
    d(17, "s1", "招商引资专项业务费", "R-VAL-6", "是否…≥90%", i(n)),
  ),
  d(18, "s1", "劳务费", "R-IND-3", "满意度“文字描述”", i("派遣人员满意度")),
  d(19, "s1", "招商引资专项业务费", "R-REL-1", "时效写次数", i("招商活动")),
  d(20, "s1", "支持市县科技创新", "R-VAL-1", "12月底前完成 / ≥1年", i("完成时限")),
  d(21, "s1", "支持市县科技创新", "R-REL-2", "补助金额作效益", i("企业研发投入后补助")),
  d(22, "s1", "支持市县科技创新", "R-REL-4", "名称与描述不符", i("科技特派员工作站")),
  d(23, "s1", "省级技术创新引导专项资金", "R-VAL-4", "≥100%", i("资金支出完成率")),
  d(23, "s1", "省级技术创新引导专项资金", "R-REL-1", "过程指标作时效", i("资金支出完成率")),
  d(24, "s1", "省级技术创新引导专项资金", "R-FEAS-5", "宏观指标", i("规上工业企业研发经费支出总额")),
  d(25, "s1", "科技三项经费", "R-VAL-3", "对比类名称用“个”", i("产品新技术开发数与计划数")),
  // 招商引资 has its own text, copied from 资金用途 into 绩效目标 (R-GOAL-3); the other four share the boilerplate.
  ...s1Projects.slice(0, 4).map((p) => d(26, "s1", p, "R-REL-5", "套话目标")),
  ...["省级技术创新引导专项资金", "支持市县科技创新", "招商引资专项业务费"].map((p) =>
    d(26, "s1", p, "R-GOAL-3", "用途=目标"),
  ),
  ...s1Projects.map((p) => d(26, "s1", p, "R-IND-6", "依据“文件依据”")),
  d(27, "s3", "document", "R-TXT-1", "XXX 财政 (厅/局) 审核"),
  d(28, "s3", "overall", "R-REL-6", "水利工程"),
  d(29, "s3", "科技创新奖励专项", "R-VAL-5", "名称=描述=值", i("资金到位后及时兑现")),
  d(29, "s3", "科技创新奖励专项", "R-COST-3", "成本为文字", i("按实际情况兑现资金")),
  d(29, "s3", "科技创新奖励专项", "R-IND-3", "无/无/无"),
  d(29, "s3", "科技创新奖励专项", "R-IND-5", "满意度“无”"),
  d(29, "s3", "科技创新奖励专项", "R-PLAN-1", "只有12月底"),
  d(30, "s3", "大数据研发展示中心租赁专项", "R-PLAN-5", "缺12月底列"),
  d(30, "s3", "大数据研发展示中心租赁专项", "R-VAL-1", "90%无符号", i("入驻企业合规率")),
  d(30, "s3", "大数据研发展示中心租赁专项", "R-VAL-1", "550元/每平方米无符号", i("租金成本")),
  d(30, "s3", "大数据研发展示中心租赁专项", "R-IND-3", "社会/生态“无”"),
  d(31, "s3", "高质量发展智库服务专项", "R-COST-3", "成本为文字", i("抓实服务质量")),
  d(31, "s3", "高质量发展智库服务专项", "R-VAL-1", "90%无符号", i("项目方案按时交付")),
  d(31, "s3", "高质量发展智库服务专项", "R-REL-3", "生态效益无关", i("提升生态环境")),
  d(31, "s3", "高质量发展智库服务专项", "R-PLAN-5", "缺12月底列"),
  d(32, "s3", "河工大科技服务中心", "R-VAL-5", "质量三同", i("针对企业咨询问题")),
  d(32, "s3", "河工大科技服务中心", "R-COST-3", "服务成本×3", i("服务成本")),
  d(32, "s3", "河工大科技服务中心", "R-SAT-3", "满意率作值", i("服务对象满意率")),
  d(32, "s3", "河工大科技服务中心", "R-IND-3", "经济/生态“无”"),
  d(33, "s3", "火炬统计服务外包专项", "R-VAL-5", "委托成本×3", i("委托成本")),
  d(33, "s3", "火炬统计服务外包专项", "R-REL-3", "生态效益无关", i("提升统计服务水平")),
  d(33, "s3", "火炬统计服务外包专项", "R-PLAN-5", "缺12月底列"),
  d(34, "s3", "科创中心亮化专项", "R-COST-3", "节能成本", i("成本控制")),
  d(34, "s3", "科创中心亮化专项", "R-VAL-1", "604m2无符号", i("发光字制作")),
  d(34, "s3", "科创中心亮化专项", "R-VAL-1", "132套无符号", i("供电电源")),
  d(34, "s3", "科创中心亮化专项", "R-IND-3", "经济“无”"),
  d(35, "s3", "科创中心运营专项", "R-VAL-9", "成本值为协议名", i("运营成本")),
  d(35, "s3", "科创中心运营专项", "R-SAT-1", "满意度无数字", i("服务对象满意度")),
  d(36, "s3", "科创中心租赁专项", "R-VAL-1", "15家无符号", i("累计入驻企业数")),
  d(36, "s3", "科创中心租赁专项", "R-VAL-1", "租金每平650元无符号", i("租金成本")),
  d(36, "s3", "科创中心租赁专项", "R-COST-4", "650元×10000㎡=650万，一致", { absent: true }),
  d(36, "s3", "科创中心租赁专项", "R-IND-3", "满意度“无”"),
  d(37, "s3", "科技贷款贴息专项", "R-PLAN-1", "10月底空白"),
  d(37, "s3", "科技贷款贴息专项", "R-REL-1", "利率作数量", i("贷款贴息")),
  d(37, "s3", "科技贷款贴息专项", "R-VAL-1", "430万元无符号", i("财政贴息")),
  d(37, "s3", "科技贷款贴息专项", "R-IND-3", "社会/生态“无”"),
  d(38, "s3", "企业服务代表活动经费", "R-VAL-5", "实际发生费用×3", i("实际发生费用")),
  d(38, "s3", "企业服务代表活动经费", "R-VAL-1", "90%无符号", i("企业反映问题上报率")),
  d(38, "s3", "企业服务代表活动经费", "R-IND-3", "满意度“无”"),
  d(39, "s3", "深圳湾科创加速器项目", "R-VAL-5", "运营成本×3", i("运营成本")),
  d(39, "s3", "深圳湾科创加速器项目", "R-SAT-3", "满意度×3", i("入驻企业满意度")),
  d(40, "s3", "生产力论坛年会", "R-IND-2", "无成本指标"),
  d(40, "s3", "生产力论坛年会", "R-REL-1", "批准后召开", i("批准后召开")),
  d(40, "s3", "生产力论坛年会", "R-VAL-7", "相关部门配合", i("确保论坛顺利召开")),
  d(41, "s3", "争取项目前期基础费用", "R-COST-3", "依据作成本值", i("支出标准")),
  d(41, "s3", "争取项目前期基础费用", "R-VAL-3", "无基数的≥90%", i("经济发展")),
  d(41, "s3", "争取项目前期基础费用", "R-IND-3", "生态/可持续/满意度“无”"),
  d(42, "s3", "支持创新平台建设资金", "R-PLAN-4", "只到50%"),
  d(42, "s3", "支持创新平台建设资金", "R-PLAN-5", "缺12月底列"),
  d(42, "s3", "支持创新平台建设资金", "R-VAL-3", "次数用家", i("服务次数")),
  d(42, "s3", "支持创新平台建设资金", "R-REL-1", "数量作质量", i("认定科技型中小企业数")),
  d(42, "s3", "支持创新平台建设资金", "R-VAL-5", "建设资金成本×3", i("建设资金成本")),
  d(42, "s3", "支持创新平台建设资金", "R-IND-3", "满意度“无”"),
  d(43, "s3", "科普宣传", "R-REL-7", "社会效益重复"),
  d(43, "s3", "科普宣传", "R-COST-3", "成本100%", i("费用不超预算")),
  d(43, "s3", "科普宣传", "R-REL-1", "人次作质量", i("活动参与人数")),
  d(43, "s3", "科普宣传", "R-REL-1", "完成率作时效", i("活动次数完成率")),
  d(44, "s3", "科普专项", "R-VAL-3", "1次活动的85%", i("活动次数完成率")),
  d(44, "s3", "科普专项", "R-VAL-7", "良好", i("使科普宣传")),
  d(44, "s3", "科普专项", "R-COST-3", "成本100%", i("费用不超预")),
  d(45, "s3", "科协交流专项", "R-REL-7", "社会效益重复"),
  d(45, "s3", "科协交流专项", "R-COST-3", "成本100%", i("费用不超预算")),
  d(45, "s3", "科协交流专项", "R-PLAN-5", "缺12月底列"),
  d(45, "s3", "科协交流专项", "R-IND-3", "满意度“没有”"),
  d(46, "s4", "departmentTable", "R-FEAS-3", "长期148 < 年度350", i("高新技术企业")),
  d(46, "s4", "departmentTable", "R-FEAS-3", "长期731 < 年度800", i("科技型中小企业")),
  d(46, "s4", "departmentTable", "R-FEAS-1", "长期目标400家 vs 148家", i("高新技术企业")),
  d(46, "s4", "departmentTable", "R-FEAS-1", "长期目标1000家 vs 731家", i("科技型中小企业")),
  d(47, "s4", "departmentTable", "R-FEAS-1", "目标2个 vs 4家", i("产业技术创新联合体")),
  d(48, "s4", "departmentTable", "R-FEAS-2", "136 → 130", i("核心技术攻关")),
  d(49, "s4", "departmentTable", "R-FEAS-4", "未建设", i("信息化建设情况")),
  d(49, "s4", "departmentTable", "R-FEAS-3", "已建设 vs 未建设", i("信息化建设情况")),
  d(50, "s4", "departmentTable", "R-FEAS-3", "完全相符 vs 基本相符", i("中长期规划相符性")),
  d(51, "s4", "departmentTable", "R-SAT-2", "满意度100%", i("科技企业满意度")),
  d(51, "s4", "departmentTable", "R-SAT-2", "满意度100%", i("联系部门满意度")),
  d(52, "s4", "departmentTable", "R-VAL-2", "100 缺%", i("事前绩效评估完成率")),
  d(52, "s4", "departmentTable", "R-VAL-2", "350 无单位", i("高新技术企业")),
  d(53, "s4", "departmentTable", "R-FEAS-4", "完成率0%", i("非税收入预算完成率")),
  d(54, "s4", "departmentTable", "R-FEAS-1", "60个以上无指标", { message: "60个以上" }),
  d(54, "s4", "departmentTable", "R-FEAS-1", "研发机构达50%无指标", { message: "50%" }),
  d(55, "s2", "evaluation", "R-VAL-1", "19574.亿元", i("技术合同成交额")),
  d(56, "s2", "evaluation", "S-2", "0.3 vs 公式0.71", i("保障科技局运转")),
  d(57, "s2", "evaluation", "S-6", "超额完成处理不一"),
  d(57, "s2", "evaluation", "E-2", "498 vs ≥300 未说明", i("应用基础研究立项项目数")),
  d(58, "s2", "evaluation", "S-7", "≥15家 / 0家", i("开展概念验证平台服务法人单位数量")),
  d(59, "s2", "evaluation", "W-2", "产出44/成本10/效益24/满意度12"),
  d(60, "s2", "evaluation", "R-TXT-2", "0A办公系统", i("0A办公系统")),
];

const compact = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

function indicatorName(doc: PerformanceDocument, f: Finding): string {
  return compact(findFindingIndicator(doc, f)?.name);
}

function matches(doc: PerformanceDocument, f: Finding, x: Defect): boolean {
  if (f.ruleId !== x.rule) return false;
  const s = f.location.section;
  if (x.where === "document" || x.where === "overall" || x.where === "evaluation") {
    if (s !== x.where) return false;
  } else if (x.where === "departmentTable") {
    if (!s.startsWith("departmentTable")) return false;
  } else if (s !== "project" || !compact(f.location.projectName).includes(x.where)) return false;
  if (x.indicator !== undefined && !indicatorName(doc, f).includes(x.indicator)) return false;
  if (x.message !== undefined && !f.message.includes(x.message)) return false;
  return true;
}

function checkSeed(seed: Seed, source: "reader" | "golden"): { doc: PerformanceDocument; findings: Finding[] } {
  const text = readFileSync(join(root, "fixtures/seeds", `${SEEDS[seed]}.txt`), "utf8");
  if (source === "golden") {
    const doc = parseDocument(JSON.parse(readFileSync(join(root, "fixtures/expected", `${SEEDS[seed]}.json`), "utf8")));
    // The golden files hold the document only; the blank rows the reader reports live in its warnings.
    const warnings = readText(text).warnings;
    return { doc, findings: checkDocument({ document: doc, sourceText: text, readWarnings: warnings }).findings };
  }
  const { document, warnings } = readText(text);
  return { doc: document, findings: checkDocument({ document, sourceText: text, readWarnings: warnings }).findings };
}

for (const source of ["reader", "golden"] as const) {
  describe(`§8 seed defects, ${source === "reader" ? "live text reader" : "golden files"}`, () => {
    const results = new Map<Seed, ReturnType<typeof checkSeed>>();
    const get = (seed: Seed) => {
      let r = results.get(seed);
      if (r === undefined) {
        r = checkSeed(seed, source);
        results.set(seed, r);
      }
      return r;
    };

    it("the table covers all 60 rows of §8", () => {
      expect(new Set(DEFECTS.map((x) => x.row)).size).toBe(60);
    });

    it.each(DEFECTS.map((x) => [x.row, x.rule, x.where, x.what, x] as const))(
      "#%i %s %s: %s",
      (_row, _rule, _where, _what, x) => {
        const { doc, findings } = get(x.seed);
        const hit = findings.some((f) => matches(doc, f, x));
        expect(hit, `${x.rule} at ${x.where} ${x.indicator ?? ""}`).toBe(!x.absent);
      },
    );

    it("seed 000: one R-IND-4 per blank row", () => {
      expect(get("s0").findings.filter((f) => f.ruleId === "R-IND-4")).toHaveLength(3);
    });
  });
}
