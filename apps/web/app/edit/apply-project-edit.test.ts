import type { PerformanceDocument } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { blankIndicator, checkEditedProject, computedRate, emptyToNull, withTarget } from "./apply-project-edit.ts";

const row = (name: string, target: string, level1 = "产出指标", level2 = "数量指标") => ({
  ...withTarget({ ...blankIndicator(level1, level2), name, basis: "计划标准" }, target),
});

const doc: PerformanceDocument = {
  format: "jixiao/v1",
  kind: "project-targets",
  title: "测试",
  year: 2024,
  department: { code: null, name: "测试科学技术局" },
  amountUnit: "万元",
  overall: null,
  departmentTable: null,
  evaluation: null,
  projects: [
    {
      code: "13020024P001",
      name: "科技创新券补助",
      unit: null,
      budget: { total: 300, fiscal: 300, other: 0 },
      purpose: "支持企业购买科技服务",
      spendPlan: { mar: 25, jun: 50, oct: 80, dec: 100 },
      goals: ["支持科技型中小企业创新"],
      indicators: [
        row("支持企业数量", "≥60家"),
        row("验收合格率", "≥90%", "产出指标", "质量指标"),
        row("企业研发投入增长", "≥5%", "效益指标", "社会效益指标"),
        row("企业满意度", "≥90%", "满意度指标", "服务对象满意度指标"),
      ],
      execution: null,
    },
  ],
};

describe("withTarget", () => {
  it("keeps the parsed value in step with the text", () => {
    const r = withTarget(blankIndicator(), "≥95%");
    expect(r.target).toBe("≥95%");
    expect(r.targetParsed).toMatchObject({ op: ">=", value: 95, unit: "%" });
    expect(withTarget(r, "  ").targetParsed).toBeNull();
  });
});

describe("checkEditedProject", () => {
  it("reports what the edit breaks, only for the edited project", () => {
    const project = doc.projects[0];
    if (!project) throw new Error("fixture");
    const before = checkEditedProject({ document: doc, index: 0, project });
    const broken = {
      ...project,
      indicators: project.indicators.map((r, i) => (i === 0 ? withTarget(r, "") : r)),
    };
    const after = checkEditedProject({ document: doc, index: 0, project: broken });
    expect(after.length).toBeGreaterThan(before.length);
    const added = after.filter((f) => !before.some((b) => b.ruleId === f.ruleId && b.message === f.message));
    expect(added.some((f) => f.location.indicatorIndex === 0)).toBe(true);
    expect(after.every((f) => f.location.projectIndex === 0)).toBe(true);
  });
});

describe("execution and optional texts", () => {
  const ex = { initial: 800, annual: 760, executed: 342, weight: null, score: null, rate: null };
  it("computes 执行率 in decimal to two places", () => {
    expect(computedRate(ex)).toBe(45);
    expect(computedRate({ ...ex, annual: 3, executed: 1 })).toBe(33.33);
    // 0.1 + 0.2 style float drift does not show: 0.3 ÷ 0.6 is 50 exactly.
    expect(computedRate({ ...ex, annual: 0.6, executed: 0.3 })).toBe(50);
  });
  it("has no 执行率 without a positive 全年预算数 or an 执行数", () => {
    expect(computedRate({ ...ex, annual: 0 })).toBeNull();
    expect(computedRate({ ...ex, annual: null })).toBeNull();
    expect(computedRate({ ...ex, executed: null })).toBeNull();
  });
  it("stores an emptied text as null, as the readers do", () => {
    expect(emptyToNull("  ")).toBeNull();
    expect(emptyToNull("培训集中在下半年")).toBe("培训集中在下半年");
  });
});
