import type { z } from "zod";
import { JixiaoError } from "../errors.ts";
import { describeIssues } from "../exchange/parse-document.ts";
import { type LightSettings, resolveLightSettings } from "../monitoring/lights.ts";
import { type ExplanationPolicy, explanationPolicies } from "../monitoring/required-explanations.ts";
import { type Lexicon, type RulePackSpec, rulePackSpecSchema, type Thresholds, type Weights } from "./pack-schema.ts";
import { isRuleId, RULES } from "./rule-catalog.ts";
import type { Severity } from "./types.ts";

/** A pack resolved along its `extends` chain, with every setting filled and lookup structures built once. */
export interface RulePack {
  readonly id: string;
  readonly name: string;
  readonly region: string | null;
  readonly years: { from: number | null; to: number | null };
  readonly description: string;
  /** Pack ids from the root (national) to this one. */
  readonly chain: readonly string[];
  readonly framework: "A" | "B" | "auto";
  readonly basisPolicy: "lenient" | "enum";
  readonly departmentTableRequiresOperator: boolean;
  readonly spendPlanRequired: boolean;
  readonly enabled: ReadonlySet<string>;
  readonly severities: Readonly<Record<string, Severity>>;
  readonly thresholds: Thresholds;
  readonly weights: Weights;
  readonly lexicon: Lexicon;
  /** 绩效运行监控 (§4.3–4.4): the explanation policy (by preset name) and the light bands. */
  readonly monitoring: {
    readonly policyName: keyof typeof explanationPolicies;
    readonly policy: ExplanationPolicy;
    readonly lights: LightSettings;
  };
  /** Sets built from the lexicon (lookups on the hot path). */
  readonly sets: {
    placeholders: ReadonlySet<string>;
    nonStandardBases: ReadonlySet<string>;
    standardBases: ReadonlySet<string>;
  };
  /** The pack's own data as loaded (for display and export). */
  readonly spec: RulePackSpec;
}

export interface LoadRulePackOptions {
  /** Packs a new pack may extend, by id (the built-in packs are passed by `getRulePack`'s registry). */
  parents?: ReadonlyMap<string, RulePack>;
}

/**
 * Validates a rule pack given as JSON data and resolves it against its parent. Throws `JixiaoError("config")`
 * with a Chinese message listing every problem: an administrator adds a pack without code.
 */
export function loadRulePack(json: unknown, options: LoadRulePackOptions = {}): RulePack {
  const parsed = rulePackSpecSchema.safeParse(json);
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  const spec = parsed.data;
  const problems: string[] = [];
  const named = [...(spec.rules?.enable ?? []), ...(spec.rules?.disable ?? []), ...Object.keys(spec.severity ?? {})];
  for (const id of named) if (!isRuleId(id)) problems.push(`未知的审核规则“${id}”`);
  let parent: RulePack | null = null;
  if (spec.extends !== null) {
    parent = options.parents?.get(spec.extends) ?? null;
    if (parent === null) problems.push(`继承的规则包“${spec.extends}”不存在`);
    else if (parent.chain.includes(spec.id)) problems.push(`规则包“${spec.id}”循环继承`);
  }
  const { from, to } = spec.years;
  if (from !== null && to !== null && from > to) problems.push(`适用年度起（${from}）晚于止（${to}）`);
  if (problems.length > 0) throw invalid(problems);
  return resolve(spec, parent);
}

function resolve(spec: RulePackSpec, parent: RulePack | null): RulePack {
  const enabled = new Set(parent?.enabled ?? []);
  for (const id of spec.rules?.enable ?? []) enabled.add(id);
  for (const id of spec.rules?.disable ?? []) enabled.delete(id);
  const severities: Record<string, Severity> = {};
  for (const [id, info] of Object.entries(RULES)) severities[id] = parent?.severities[id] ?? info.severity;
  Object.assign(severities, spec.severity ?? {});

  const thresholds = { ...parent?.thresholds, ...definedOnly(spec.thresholds ?? {}) } as Thresholds;
  const weights = { ...parent?.weights, ...definedOnly(spec.weights ?? {}) } as Weights;
  const missing = [
    ...missingKeys(thresholds, THRESHOLD_KEYS, "thresholds"),
    ...missingKeys(weights, WEIGHT_KEYS, "weights"),
  ];
  const lexicon = mergeLexicon(parent?.lexicon ?? null, spec);
  missing.push(...missingKeys(lexicon, LEXICON_KEYS, "lexicon"));
  if (missing.length > 0) throw invalid(missing.map((k) => `根规则包缺少设置 ${k}`));

  const policyName = spec.monitoring?.policy ?? parent?.monitoring.policyName ?? "default";
  const monitoring = {
    policyName,
    policy: explanationPolicies[policyName],
    lights: resolveLightSettings({ ...parent?.monitoring.lights, ...definedOnly(spec.monitoring?.lights ?? {}) }),
  };
  if (monitoring.lights.red > monitoring.lights.yellow)
    throw invalid([`监控预警的红灯界限（${monitoring.lights.red}）高于黄灯界限（${monitoring.lights.yellow}）`]);

  return {
    id: spec.id,
    name: spec.name,
    region: spec.region,
    years: spec.years,
    description: spec.description,
    chain: [...(parent?.chain ?? []), spec.id],
    framework: spec.framework ?? parent?.framework ?? "auto",
    basisPolicy: spec.basisPolicy ?? parent?.basisPolicy ?? "lenient",
    departmentTableRequiresOperator:
      spec.departmentTableRequiresOperator ?? parent?.departmentTableRequiresOperator ?? false,
    spendPlanRequired: spec.spendPlanRequired ?? parent?.spendPlanRequired ?? false,
    enabled,
    severities,
    thresholds,
    weights,
    lexicon,
    monitoring,
    sets: {
      placeholders: new Set(lexicon.placeholders),
      nonStandardBases: new Set(lexicon.nonStandardBases),
      standardBases: new Set(lexicon.standardBases),
    },
    spec,
  };
}

const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = [
  "goalMinLength",
  "budgetTolerance",
  "maxIndicators",
  "planDecemberTarget",
  "planJuneMin",
  "satisfactionFloor",
  "costBelowBudgetRatio",
  "unitCostTolerance",
  "macroRatio",
  "overAchievementRatio",
  "overAchievementZeroTarget",
  "executionRateExplain",
  "scoreTolerance",
  "shareTolerance",
];
const WEIGHT_KEYS: readonly (keyof Weights)[] = ["execution", "indicators", "splitA", "splitB", "reverseFormula"];
const LEXICON_KEYS: readonly (keyof Lexicon)[] = [
  "placeholders",
  "nonStandardBases",
  "standardBases",
  "grades",
  "ecology",
  "ecologyGeneric",
  "otherSectors",
  "macro",
  "beneficiaries",
  "inputMoney",
  "templatePlaceholders",
  "timeliness",
];

function mergeLexicon(parent: Lexicon | null, spec: RulePackSpec): Lexicon {
  const out: Partial<Record<keyof Lexicon, string[]>> = {};
  for (const key of LEXICON_KEYS) {
    const replaced = spec.lexiconReplace?.[key];
    if (replaced !== undefined) {
      out[key] = [...replaced];
      continue;
    }
    const base = parent?.[key];
    const added = spec.lexicon?.[key];
    if (base === undefined && added === undefined) continue;
    out[key] = [...new Set([...(base ?? []), ...(added ?? [])])];
  }
  return out as Lexicon;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function missingKeys(o: object, keys: readonly string[], group: string): string[] {
  return keys.filter((k) => !(k in o)).map((k) => `${group}.${k}`);
}

function issuesOf(error: z.ZodError): string[] {
  return describeIssues(error).map((i) => `${i.path || "(根)"}：${i.message}`);
}

function invalid(problems: string[]): JixiaoError {
  return new JixiaoError("config", `invalid rule pack: ${problems.length} problem(s)`, {
    userMessage: `规则包无效（${problems.length} 处问题）：${problems.join("；")}`,
    details: problems,
  });
}
