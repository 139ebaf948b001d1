import { describe, expect, it } from "vitest";
import golden003 from "../../../../fixtures/expected/003_f895533748b46b25.json" with { type: "json" };
import { cleanIndicators, document, ind, project } from "../checks/build-fixture.ts";
import { checkDocument } from "../checks/check-document.ts";
import { sum } from "../decimal.ts";
import { parseDocument } from "../exchange/parse-document.ts";
import type { PerformanceDocument } from "../model/document.ts";
import { deriveMonitoringReport } from "./derive-monitoring-report.ts";
import { deriveSelfEvaluation } from "./derive-self-evaluation.ts";
import { distributeWeights } from "./distribute-weights.ts";

const seed003 = golden003 as unknown as PerformanceDocument;

describe("distributeWeights", () => {
  it("splits 90 by 一级 (50/30/10), evenly within each, 成本 sharing 产出's 分值, summing exactly", () => {
    const rows = cleanIndicators(); // 产出 ×4 (incl. 成本), 效益 ×1, 满意度 ×1
    const w = distributeWeights(rows, 90, { output: 50, benefit: 30, satisfaction: 10 });
    expect(w).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
    expect(sum(w)).toBe(90);
  });

  it("a 一级 missing from the table hands its share to the others in proportion; rounding goes to the last row", () => {
    const rows = [
      ind("产出指标", "数量指标", "a", "≥1个"),
      ind("产出指标", "数量指标", "b", "≥1个"),
      ind("产出指标", "数量指标", "c", "≥1个"),
      ind("效益指标", "社会效益指标", "d", "明显提升"),
    ];
    // No 满意度: 90 × 50/80 = 56.25 for 产出 (18.75 each), 33.75 for 效益.
    const w = distributeWeights(rows, 90, { output: 50, benefit: 30, satisfaction: 10 });
    expect(w).toEqual([18.75, 18.75, 18.75, 33.75]);
    const thirds = distributeWeights(rows.slice(0, 3), 10, null);
    expect(thirds).toEqual([3.33, 3.33, 3.34]);
    expect(sum(thirds)).toBe(10);
  });

  it("an unknown 一级 falls back to an even split rather than a 0 分值", () => {
    const rows = [ind("产出指标", "数量指标", "a", "≥1个"), ind("其他指标", "其他", "b", "≥1个")];
    expect(distributeWeights(rows, 90, { output: 50, benefit: 30, satisfaction: 10 })).toEqual([45, 45]);
  });
});

describe("deriving the later stages from approved targets (seed 003, 17 projects)", () => {
  it("a monitoring report: same projects and targets, blank progress columns, valid jixiao/v1", () => {
    const m = deriveMonitoringReport({ targets: seed003, month: 7 });
    expect(parseDocument(JSON.parse(JSON.stringify(m))).kind).toBe("monitoring");
    expect(m.monitoring?.month).toBe(7);
    expect(m.projects).toHaveLength(seed003.projects.length);
    const [p] = m.projects;
    const [src] = seed003.projects;
    expect(p?.indicators.map((i) => i.target)).toEqual(src?.indicators.map((i) => i.target));
    expect(p?.indicators.every((i) => i.actual === null && i.deviation === null)).toBe(true);
    expect(p?.execution?.annual).toBe(src?.budget?.total);
    // Nothing filled in yet: no light can be computed, so no monitoring finding but the explanation rules are ready.
    const ids = checkDocument({ document: m }).findings.map((f) => f.ruleId);
    expect(ids.filter((id) => id.startsWith("M-"))).toEqual([]);
  });

  it("a self-evaluation: 分值 proposed so that each project's rows sum to 90 and the total to 100", () => {
    const e = deriveSelfEvaluation({ targets: seed003 });
    expect(parseDocument(JSON.parse(JSON.stringify(e))).kind).toBe("self-evaluation");
    for (const p of e.projects) {
      expect(sum(p.indicators.map((i) => i.weight))).toBe(90);
      expect(p.execution?.weight).toBe(10);
      expect(p.totalWeight).toBe(100);
      expect(p.indicators.every((i) => (i.weight ?? 0) > 0)).toBe(true);
    }
    const ids = checkDocument({ document: e }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain("W-3");
    expect(ids).not.toContain("W-4");
  });

  it("refuses a bad month and a document without indicator tables, in Chinese", () => {
    expect(() => deriveMonitoringReport({ targets: seed003, month: 13 })).toThrow(
      expect.objectContaining({ userMessage: "监控截止月份应为1–12的整数" }),
    );
    const empty = document([project({ indicators: [] })]);
    expect(() => deriveSelfEvaluation({ targets: empty })).toThrow(
      expect.objectContaining({ userMessage: expect.stringContaining("无法生成自评表") }),
    );
  });
});
