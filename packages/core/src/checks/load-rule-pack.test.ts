import { describe, expect, it } from "vitest";
import { isJixiaoError } from "../errors.ts";
import { builtInRulePacks, getRulePack, selectRulePack } from "./get-rule-pack.ts";
import { loadRulePack } from "./load-rule-pack.ts";
import { RULE_IDS } from "./rule-catalog.ts";

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isJixiaoError(e)) return e.userMessage;
    throw e;
  }
  throw new Error("did not throw");
}

describe("rule packs", () => {
  it("ships the national pack and regional variants that differ in something real", () => {
    const ids = [...builtInRulePacks().keys()];
    expect(ids).toEqual(expect.arrayContaining(["national", "hubei", "guangxi", "hebei", "central-2022"]));
    const national = getRulePack("national");
    expect(national.enabled.size).toBeGreaterThan(60);
    expect(getRulePack("hubei").basisPolicy).toBe("enum");
    expect(getRulePack("guangxi").severities["E-2"]).toBe("error");
    expect(national.severities["E-2"]).toBe("warning");
    expect(getRulePack("hebei").thresholds.planJuneMin).toBe(50);
    expect(getRulePack("hebei").enabled.has("R-PLAN-7")).toBe(true);
    expect(national.enabled.has("R-PLAN-7")).toBe(false);
    expect(getRulePack("central-2022").framework).toBe("A");
    expect(getRulePack("hubei").chain).toEqual(["national", "hubei"]);
  });

  it("every rule of the catalogue is on in some built-in pack", () => {
    const on = new Set([...builtInRulePacks().values()].flatMap((p) => [...p.enabled]));
    expect(RULE_IDS.filter((id) => !on.has(id))).toEqual([]);
  });

  it("an administrator adds a pack as JSON, inheriting the national pack", () => {
    const pack = loadRulePack(
      {
        id: "tianjin-2024",
        name: "天津市规则包",
        region: "天津市",
        years: { from: 2024, to: null },
        extends: "national",
        description: "满意度不低于90%；三级指标不超过20个",
        rules: { disable: ["R-IND-7"] },
        severity: { "R-IND-6": "info" },
        thresholds: { satisfactionFloor: 90, maxIndicators: 20 },
      },
      { parents: builtInRulePacks() },
    );
    expect(pack.thresholds.satisfactionFloor).toBe(90);
    expect(pack.thresholds.overAchievementRatio).toBe(1.3);
    expect(pack.enabled.has("R-IND-7")).toBe(false);
    expect(pack.severities["R-IND-6"]).toBe("info");
    expect(pack.lexicon.placeholders).toContain("无");
  });

  it("rejects a bad pack with Chinese messages naming every problem", () => {
    const message = errorOf(() =>
      loadRulePack(
        {
          id: "Bad Pack",
          name: "",
          region: null,
          years: { from: 2025, to: 2020 },
          extends: "national",
          description: "",
          severity: { "R-NOPE-1": "error" },
          thresholds: { satisfactionFloor: 120 },
        },
        { parents: builtInRulePacks() },
      ),
    );
    expect(message).toContain("规则包无效");
    expect(message).toContain("id");
    expect(message).toContain("satisfactionFloor");
    const unknown = errorOf(() =>
      loadRulePack(
        {
          id: "x",
          name: "x",
          region: null,
          years: { from: null, to: null },
          extends: "nowhere",
          description: "",
          severity: { "R-NOPE-1": "error" },
        },
        { parents: builtInRulePacks() },
      ),
    );
    expect(unknown).toContain("未知的审核规则“R-NOPE-1”");
    expect(unknown).toContain("继承的规则包“nowhere”不存在");
  });

  it("a root pack must give every setting", () => {
    const message = errorOf(() =>
      loadRulePack({
        id: "root",
        name: "根",
        region: null,
        years: { from: null, to: null },
        extends: null,
        description: "",
      }),
    );
    expect(message).toContain("thresholds.goalMinLength");
  });

  it("selects the most specific pack for a region and year", () => {
    expect(selectRulePack({ region: "湖北省鄂州市", year: 2025 }).id).toBe("hubei");
    expect(selectRulePack({ region: "湖北省鄂州市", year: 2019 }).id).toBe("national");
    expect(selectRulePack({ region: null, year: 2025 }).id).toBe("national");
    expect(errorOf(() => getRulePack("mars"))).toContain("没有编号为“mars”的规则包");
  });
});
