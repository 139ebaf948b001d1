import type { Indicator } from "../model/indicator.ts";
import type { ParsedValue } from "../model/value.ts";
import { parseValue } from "../value/parse-value.ts";
import type { ValueParse } from "../value/types.ts";
import { type MeasureUnitKind, measureUnitKind } from "../value/units.ts";
import frameworks from "./frameworks.json" with { type: "json" };
import type { RulePack } from "./load-rule-pack.ts";
import { compact } from "./text.ts";

export type Level1Category = "output" | "benefit" | "satisfaction" | "cost";
export type Level2Category =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economicCost"
  | "socialCost"
  | "ecologicalCost"
  | "economic"
  | "social"
  | "ecological"
  | "sustainable"
  | "satisfaction";

export interface LevelName<C> {
  raw: string;
  /** The framework's name for it (效果指标 → 效益指标), or null when it is not in the alias table. */
  canonical: string | null;
  category: C | null;
  /** True when the document wrote an alias rather than the framework's name. */
  alias: boolean;
}

/** Everything the rules want to know about one indicator row, computed once per check. */
export interface IndicatorFacts {
  index: number;
  indicator: Indicator;
  name: string;
  description: string;
  target: string;
  level1: LevelName<Level1Category>;
  level2: LevelName<Level2Category>;
  /** The value grammar's reading of the 指标值 (with the 度量单位 column appended where the source has one). */
  parse: ValueParse;
  /** `targetParsed` where the reader gave one, else the grammar's value. */
  value: ParsedValue | null;
  unitKind: MeasureUnitKind;
  /** 三级/描述/值 all placeholders or blank (R-IND-3). */
  placeholderFields: string[];
  blankRow: boolean;
  isSatisfaction: boolean;
  /** A money cost: 成本指标 (B) or 经济成本指标 (A). */
  isMoneyCost: boolean;
  isCost: boolean;
}

interface LevelEntry {
  name: string;
  category: string;
  aliases: string[];
}

function aliasMap(entries: readonly LevelEntry[]): Map<string, { name: string; category: string }> {
  const map = new Map<string, { name: string; category: string }>();
  for (const e of entries) {
    map.set(e.name, { name: e.name, category: e.category });
    for (const a of e.aliases) if (!map.has(a)) map.set(a, { name: e.name, category: e.category });
  }
  return map;
}

const LEVEL1 = aliasMap(frameworks.level1);
const LEVEL2 = aliasMap(frameworks.level2);

export const FRAMEWORKS = frameworks.frameworks as Record<
  "A" | "B",
  { name: string; required: Level1Category[]; tree: Partial<Record<Level1Category, Level2Category[]>> }
>;

/** The framework name of a level category, for suggestions ("应写作“效益指标”"). */
export function level1Name(category: Level1Category): string {
  return frameworks.level1.find((e) => e.category === category)?.name ?? category;
}
export function level2Name(category: Level2Category): string {
  return frameworks.level2.find((e) => e.category === category)?.name ?? category;
}

function levelName<C>(raw: string | null, map: Map<string, { name: string; category: string }>): LevelName<C> {
  const r = compact(raw);
  const hit = map.get(r) ?? map.get(`${r}指标`);
  if (hit === undefined) return { raw: r, canonical: null, category: null, alias: false };
  return { raw: r, canonical: hit.name, category: hit.category as C, alias: hit.name !== r };
}

// The same target texts recur across projects and edits; the parse is pure, so it is memoised (bounded).
const parseCache = new Map<string, ValueParse>();
const PARSE_CACHE_MAX = 8_000;

export function parseCached(text: string, role: "target" | "actual" = "target"): ValueParse {
  const key = role === "target" ? text : `\u0000${text}`;
  const hit = parseCache.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseValue(text, { role });
  if (parseCache.size >= PARSE_CACHE_MAX) parseCache.clear();
  parseCache.set(key, parsed);
  return parsed;
}

function targetText(ind: Indicator): string {
  const t = compact(ind.target);
  const unit = compact(ind.measureUnit);
  if (unit === "" || t === "" || t.endsWith(unit)) return t;
  return `${t}${unit}`;
}

export function buildIndicatorFacts(ind: Indicator, index: number, pack: RulePack): IndicatorFacts {
  const name = compact(ind.name);
  const description = compact(ind.description);
  const target = targetText(ind);
  const level1 = levelName<Level1Category>(ind.level1, LEVEL1);
  const level2 = levelName<Level2Category>(ind.level2, LEVEL2);
  const parse = parseCached(target);
  const value = ind.targetParsed ?? parse.value;
  const placeholders = pack.sets.placeholders;
  const placeholderFields: string[] = [];
  if (name === "" || placeholders.has(name)) placeholderFields.push("name");
  if (description !== "" && placeholders.has(description)) placeholderFields.push("description");
  if (target === "" || parse.placeholder || placeholders.has(target)) placeholderFields.push("target");
  const blankRow = name === "" && description === "" && target === "" && compact(ind.basis) === "";
  const l2 = level2.category;
  const isSatisfaction =
    level1.category === "satisfaction" || l2 === "satisfaction" || name.endsWith("满意度") || name.endsWith("满意率");
  const isMoneyCost = l2 === "cost" || l2 === "economicCost" || (level1.category === "cost" && l2 === null);
  const isCost = isMoneyCost || l2 === "socialCost" || l2 === "ecologicalCost" || level1.category === "cost";
  return {
    index,
    indicator: ind,
    name,
    description,
    target,
    level1,
    level2,
    parse,
    value,
    unitKind: measureUnitKind(value?.unit ?? null),
    placeholderFields,
    blankRow,
    isSatisfaction,
    isMoneyCost,
    isCost,
  };
}
