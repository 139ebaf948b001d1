import { describe, expect, it } from "vitest";
import { explanationPolicies, requiredExplanations } from "./required-explanations.ts";

const fields = (r: { field: string }[]) => r.map((x) => x.field);

describe("requiredExplanations (§4.4)", () => {
  it("default: red or yellow ⇒ 偏差原因", () => {
    expect(fields(requiredExplanations({ light: "red" }).required)).toEqual(["deviationReason"]);
    expect(fields(requiredExplanations({ light: "yellow" }).missing)).toEqual(["deviationReason"]);
    expect(requiredExplanations({ light: "green" }).required).toEqual([]);
    expect(requiredExplanations({ light: "blue" }).required).toEqual([]);
    expect(requiredExplanations({ light: "red", deviationReasons: ["经费保障"] }).missing).toEqual([]);
    expect(requiredExplanations({ light: "red", deviationText: "资金未到位" }).missing).toEqual([]);
  });

  it("Tianjin: 有可能/完全不可能 ⇒ forecast and reason; a selected reason ⇒ text", () => {
    const policy = explanationPolicies.tianjin;
    expect(fields(requiredExplanations({ light: "red", policy }).required)).toEqual([]);
    expect(requiredExplanations({ light: "green", likelihood: "确定能", policy }).required).toEqual([]);
    const r = requiredExplanations({ light: "green", likelihood: "有可能", policy });
    expect(fields(r.required)).toEqual(["deviationReason", "forecast"]);
    const r2 = requiredExplanations({
      light: null,
      likelihood: "完全不可能",
      deviationReasons: ["制度保障"],
      forecast: "预计完成80%",
      policy,
    });
    expect(fields(r2.required)).toEqual(["deviationReason", "forecast", "deviationText"]);
    expect(fields(r2.missing)).toEqual(["deviationText"]);
    for (const x of r2.required) expect(x.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it("Ningxia: red only; a selected reason ⇒ text", () => {
    const policy = explanationPolicies.ningxia;
    expect(requiredExplanations({ light: "yellow", policy }).required).toEqual([]);
    expect(fields(requiredExplanations({ light: "red", policy }).required)).toEqual(["deviationReason"]);
    expect(fields(requiredExplanations({ light: "yellow", deviationReasons: ["人员保障"], policy }).missing)).toEqual([
      "deviationText",
    ]);
  });

  it("Hebei: deviation above the threshold for ≥, current above target for ＝", () => {
    const policy = explanationPolicies.hebei;
    expect(requiredExplanations({ light: null, op: ">=", target: 100, current: 120, policy }).required).toEqual([]);
    expect(
      fields(requiredExplanations({ light: null, op: ">=", target: 100, current: 120.01, policy }).required),
    ).toEqual(["deviationReason", "deviationText"]);
    expect(
      fields(requiredExplanations({ light: null, op: "=", target: 100, current: 100.5, policy }).required),
    ).toEqual(["deviationReason", "deviationText"]);
    expect(requiredExplanations({ light: null, op: "=", target: 100, current: 100, policy }).required).toEqual([]);
    expect(
      fields(
        requiredExplanations({
          light: null,
          op: ">=",
          target: 100,
          current: 111,
          policy: { ...policy, deviationThreshold: 10 },
        }).required,
      ),
    ).toEqual(["deviationReason", "deviationText"]);
  });

  it("advises a target review when the year's target is already passed or the budget spent early", () => {
    expect(
      requiredExplanations({ light: "blue", op: ">=", target: 100, current: 101, month: 7 }).advisories,
    ).toHaveLength(1);
    expect(requiredExplanations({ light: "green", executionRate: 100, month: 7 }).advisories).toHaveLength(1);
    expect(requiredExplanations({ light: "green", executionRate: 100, month: 12 }).advisories).toHaveLength(0);
  });
});
