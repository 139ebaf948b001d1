import { JixiaoError } from "../errors.ts";
import { loadRulePack, type RulePack } from "./load-rule-pack.ts";
import centralA from "./packs/central-2022.json" with { type: "json" };
import guangxi from "./packs/guangxi.json" with { type: "json" };
import hebei from "./packs/hebei.json" with { type: "json" };
import hubei from "./packs/hubei.json" with { type: "json" };
import national from "./packs/national.json" with { type: "json" };

/** Built-in packs in dependency order (a parent before its children). */
const BUILT_IN: readonly unknown[] = [national, hubei, guangxi, hebei, centralA];

let registry: Map<string, RulePack> | null = null;

/** The built-in packs, resolved once. */
export function builtInRulePacks(): ReadonlyMap<string, RulePack> {
  if (registry === null) {
    const packs = new Map<string, RulePack>();
    for (const json of BUILT_IN) {
      const pack = loadRulePack(json, { parents: packs });
      packs.set(pack.id, pack);
    }
    registry = packs;
  }
  return registry;
}

/** A built-in pack by id; throws `config` with the list of known ids when there is none. */
export function getRulePack(id = "national"): RulePack {
  const pack = builtInRulePacks().get(id);
  if (pack !== undefined) return pack;
  const known = [...builtInRulePacks().keys()].join("、");
  throw new JixiaoError("config", `unknown rule pack ${id}`, {
    userMessage: `没有编号为“${id}”的规则包（现有：${known}）`,
  });
}

/**
 * The most specific built-in pack for a region and year: a pack whose region the document's region name contains
 * and whose years include the year; otherwise the national pack.
 */
export function selectRulePack(options: { region?: string | null; year?: number | null }): RulePack {
  let best: RulePack | null = null;
  for (const pack of builtInRulePacks().values()) {
    if (pack.region === null || options.region == null || !options.region.includes(pack.region)) continue;
    const y = options.year;
    if (
      y != null &&
      ((pack.years.from !== null && y < pack.years.from) || (pack.years.to !== null && y > pack.years.to))
    )
      continue;
    if (best === null || pack.chain.length > best.chain.length) best = pack;
  }
  return best ?? getRulePack("national");
}
