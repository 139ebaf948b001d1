import { describe, expect, it } from "vitest";
import { scoreExecution } from "./score-execution.ts";

describe("scoreExecution", () => {
  it("reproduces seed 002: 170639.2 ÷ 176875.03 = 96.47 % ⇒ 9.65", () => {
    const r = scoreExecution({ annual: 176875.03, executed: 170639.2 });
    expect(r.rate).toBeCloseTo(96.4744, 4);
    expect(r.score).toBe(9.65);
    expect(r.inputs.weight).toBe(10);
    expect(r.explanationRequired).toBe(false);
    expect(r.explanation).toContain("96.47%");
    expect(r.explanation).toContain("9.65");
  });

  it("caps at the weight when more than the budget was spent", () => {
    const r = scoreExecution({ annual: 100, executed: 120, weight: 10 });
    expect(r.rate).toBe(120);
    expect(r.score).toBe(10);
    expect(r.explanation).toContain("按100%计");
  });

  it("requires a reason below 90 % (E-3), configurable", () => {
    expect(scoreExecution({ annual: 100, executed: 89.99 }).explanationRequired).toBe(true);
    expect(scoreExecution({ annual: 100, executed: 90 }).explanationRequired).toBe(false);
    expect(
      scoreExecution({ annual: 100, executed: 85, settings: { executionRateExplain: 80 } }).explanationRequired,
    ).toBe(false);
  });

  it("uses another weight and rounding when told", () => {
    expect(scoreExecution({ annual: 176875.03, executed: 170639.2, weight: 20 }).score).toBe(19.29);
    expect(scoreExecution({ annual: 176875.03, executed: 170639.2, settings: { rounding: "truncate" } }).score).toBe(
      9.64,
    );
  });

  it("computes in decimal: 0.1 of 0.3 is exactly a third", () => {
    expect(scoreExecution({ annual: 0.3, executed: 0.1, weight: 9 }).score).toBe(3);
  });

  it("returns null with a reason when A is missing or 0", () => {
    expect(scoreExecution({ annual: null, executed: 5 }).score).toBeNull();
    expect(scoreExecution({ annual: 0, executed: 5 }).score).toBeNull();
    expect(scoreExecution({ annual: 0, executed: 5 }).explanation).toContain("人工评分");
  });
});
