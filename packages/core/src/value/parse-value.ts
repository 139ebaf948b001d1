import type { Operator, ParsedValue } from "../model/value.ts";
import { valueProblem } from "./messages.ts";
import { normalizeGlyphs } from "./normalize-glyphs.ts";
import { type Deadline, readDeadline } from "./read-deadline.ts";
import { isDigit, scanNumber, scanned } from "./scan-number.ts";
import type { ValueParse, ValueProblem } from "./types.ts";
import { isKnownUnit, knownUnitPrefix } from "./units.ts";

export interface ParseValueOptions {
  /**
   * "target" (default) for a 指标值; "actual" for a 实际完成值 / 1–X月执行情况, where a bare number is normal
   * ("14次" needs no operator; "92" needs no unit when the table has a 度量单位 column): `missing_operator` and
   * `missing_unit` are not reported.
   */
  role?: "target" | "actual";
}

/**
 * Reads one 指标值 / 实际完成值 text (domain-rules §1.2) with a hand-written scanner: no regex on the fast path.
 * Kinds: quantitative (op, number, unit; ranges give `upper`), deadline (ISO date in `text`, "--MM-DD" when the
 * year is not written), boolean (是 → 1, 否 → 0), qualitative (anything else, text kept).
 */
export function parseValue(text: string | null, options?: ParseValueOptions): ValueParse {
  if (text === null) return emptyResult("", false);
  const normalizedFull = normalizeGlyphs(text);
  const changed = normalizedFull !== text;
  const normalized = normalizedFull.trim();
  const c = compact(normalized);
  if (c === "") return emptyResult(normalized, changed);
  if (PLACEHOLDERS.has(c)) {
    return {
      value: null,
      normalized,
      normalizedChanged: changed,
      placeholder: true,
      problems: [valueProblem("placeholder", c)],
    };
  }
  const bool = BOOLEANS.get(c);
  if (bool !== undefined) {
    return result({ kind: "boolean", op: null, value: bool, unit: null, text: null }, normalized, changed, []);
  }
  const target = options?.role !== "actual";

  // Operator prefix: a glyph or a word (不低于 …).
  let op: Operator | null = null;
  let i = 0;
  const c0 = c.charCodeAt(0);
  const glyphOp = glyphOperator(c0);
  if (glyphOp !== null) {
    op = glyphOp;
    i = 1;
  } else if (WORD_OP_FIRST.has(c0)) {
    for (const [word, wordOp] of WORD_OPS) {
      if (c.startsWith(word)) {
        op = wordOp;
        i = word.length;
        break;
      }
    }
  }

  const deadline = readDeadline(c, i);
  if (deadline !== null) return deadlineResult(c, i, op, deadline, normalized, changed);

  if (scanNumber(c, i)) return quantitative(c, op, normalized, changed, target);
  return qualitative(c, normalized, changed);
}

function emptyResult(normalized: string, changed: boolean): ValueParse {
  return {
    value: null,
    normalized,
    normalizedChanged: changed,
    placeholder: false,
    problems: [valueProblem("empty", "")],
  };
}

function result(value: ParsedValue, normalized: string, changed: boolean, problems: ValueProblem[]): ValueParse {
  return { value, normalized, normalizedChanged: changed, placeholder: false, problems };
}

/** Drops all whitespace (a table cell broken over lines, "≥50 家"); returns the same string when there is none. */
function compact(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return s.replace(SPACES, "");
  return s;
}
const SPACES = /[ \t\n\r\u3000\u00a0]+/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

const PLACEHOLDERS = new Set([
  "无",
  "没有",
  "/",
  "//",
  "-",
  "--",
  "—",
  "——",
  "–",
  "―",
  "空",
  "暂无",
  "文字描述",
  "N/A",
  "n/a",
  "NA",
  "na",
  "null",
  "不适用",
  "不涉及",
  "待定",
  "略",
  "XX",
  "XXX",
  "xx",
  "xxx",
  "××",
  "×××",
  "无。",
  "无数据",
  "未填写",
]);

const BOOLEANS = new Map<string, number>([
  ["是", 1],
  ["否", 0],
  ["不是", 0],
  ["已完成", 1],
  ["未完成", 0],
  ["完成", 1],
  ["全部完成", 1],
  ["按时完成", 1],
  ["已按时完成", 1],
  ["未按时完成", 0],
  ["按期完成", 1],
  ["如期完成", 1],
  ["已按期完成", 1],
  ["未按期完成", 0],
  ["已达到", 1],
  ["未达到", 0],
  ["已实现", 1],
  ["未实现", 0],
  ["已达成", 1],
  ["未达成", 0],
  ["√", 1],
]);

function glyphOperator(c: number): Operator | null {
  switch (c) {
    case 0x2265: // ≥
      return ">=";
    case 0x2264: // ≤
      return "<=";
    case 0xff1e: // ＞
      return ">";
    case 0xff1c: // ＜
      return "<";
    case 0xff1d: // ＝
    case 0x3d: // =
      return "=";
    default:
      return null;
  }
}

/** Word operators, longest first so 大于等于 wins over 大于. */
const WORD_OPS: readonly (readonly [string, Operator | null])[] = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["至少", ">="],
  ["达到", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["不超", "<="],
  ["最多", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["等于", "="],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["超", ">"],
  // Approximations: no operator, but the number is still the value (约2万场次, 近2000万人次).
  ["大约", null],
  ["约", null],
  ["近", null],
];
const WORD_OP_FIRST = new Set(WORD_OPS.map(([w]) => w.charCodeAt(0)));

// ---- quantitative --------------------------------------------------------------------------------------------

const RANGE_SEPARATORS = new Set([0x2d, 0x7e, 0x81f3 /* 至 */, 0x5230 /* 到 */, 0x2014, 0x2013, 0x2212, 0x301c]);
const SUFFIX_OPS: readonly (readonly [string, Operator | null])[] = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["左右", null],
  ["(含)", null],
  ["（含）", null],
];
const SENTENCE_PUNCTUATION = /[，。；、！？,;：:（(]/;

function quantitative(
  c: string,
  prefixOp: Operator | null,
  normalized: string,
  changed: boolean,
  target: boolean,
): ValueParse {
  const problems: ValueProblem[] = [];
  // 400 digits overflow a double: no value can be read from them.
  const value = Number.isFinite(scanned.value) ? scanned.value : null;
  if (value === null && scanned.malformed === null) scanned.malformed = c.slice(0, scanned.end);
  const viaPercentWord = scanned.percentWord;
  if (scanned.malformed !== null) problems.push(valueProblem("malformed_number", scanned.malformed));
  let rest = c.slice(scanned.end);

  let op = prefixOp;
  // 900余家 / 100多家: "more than".
  const r0 = rest.charCodeAt(0);
  if (r0 === 0x4f59 /* 余 */ || r0 === 0x591a /* 多 */) {
    rest = rest.slice(1);
    if (op === null) op = ">";
  }

  // Range: 90%-95%, 90~95%, 90%至95%.
  let upper: number | null | undefined;
  let unit = rest;
  for (let k = 0; k < rest.length; k++) {
    const ch = rest.charCodeAt(k);
    if (!RANGE_SEPARATORS.has(ch)) continue;
    let m = k + 1;
    if (rest.charCodeAt(m) === ch) m++; // ——
    const savedMalformed = scanned.malformed;
    if (isDigit(rest.charCodeAt(m)) && scanNumber(rest, m)) {
      const unit1 = rest.slice(0, k);
      const unit2 = rest.slice(scanned.end);
      // Both ends in one unit (90%-95%, 90-95%), else it is no range (2024年1-6月).
      if (unit1 === "" || unit2 === "" || unit1 === unit2) {
        upper = scanned.value;
        unit = unit2 === "" ? unit1 : unit2;
        if (scanned.malformed !== null) problems.push(valueProblem("malformed_number", scanned.malformed));
        if (op === null) op = ">=";
      }
    }
    scanned.malformed = savedMalformed;
    break;
  }

  // A closing note in brackets (≥500万元（含配套资金）, ≥90%(抽样)) is a remark, not part of the unit.
  const last = unit.charCodeAt(unit.length - 1);
  if (last === 0xff09 || last === 0x29) {
    const open = Math.max(unit.lastIndexOf("（"), unit.lastIndexOf("("));
    if (open >= 0) unit = unit.slice(0, open);
  }

  // Suffix operators: 100家以上, 3个月以内, 100家以上（含）.
  for (let round = 0; round < 2; round++) {
    let stripped = false;
    for (const [word, suffixOp] of SUFFIX_OPS) {
      if (unit.length > word.length - 1 && unit.endsWith(word)) {
        if (word === "内" && unit.length === 1) continue;
        unit = unit.slice(0, unit.length - word.length);
        stripped = true;
        if (suffixOp !== null) {
          if (op !== null && direction(op) !== direction(suffixOp)) {
            problems.push(valueProblem("operator_conflict", c));
          } else if (op === null) op = suffixOp;
        }
        break;
      }
    }
    if (!stripped || unit === "") break;
  }
  // A number opening a sentence ("12家创新联合体组建完成，…") is prose, not a value.
  if (unit.length > 12 || SENTENCE_PUNCTUATION.test(unit)) return qualitative(c, normalized, changed);
  if (viaPercentWord) unit = `%${unit}`;

  if (unit === "") {
    if (target) problems.push(valueProblem("missing_unit", c));
  } else if (
    !isKnownUnit(unit) &&
    (hasForeignCharacters(unit) || (knownUnitPrefix(unit) === null && unit.length > 6))
  ) {
    problems.push(valueProblem("unknown_unit", unit));
  }
  if (op === null && target) problems.push(valueProblem("missing_operator", c));
  const out = result(
    { kind: "quantitative", op, value, unit: unit === "" ? null : unit, text: null },
    normalized,
    changed,
    problems,
  );
  if (upper !== undefined) out.upper = upper;
  return out;
}

function direction(op: Operator): number {
  return op === ">=" || op === ">" ? 1 : op === "=" ? 0 : -1;
}

/**
 * A unit we do not know is kept as written (家企业, 批次); it is a problem only when it cannot be a unit at all:
 * digits or symbols in it (年1-6月, @#), or a long text that starts with no known unit.
 */
function hasForeignCharacters(unit: string): boolean {
  for (let k = 0; k < unit.length; k++) {
    const ch = unit.charCodeAt(k);
    const cjk = ch >= 0x4e00 && ch <= 0x9fff;
    const latin = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
    // / ² ³ % ‰ ㎡
    if (!cjk && !latin && ch !== 0x2f && ch !== 0xb2 && ch !== 0xb3 && ch !== 0x25 && ch !== 0x2030 && ch !== 0x33a1) {
      return true;
    }
  }
  return false;
}

// ---- deadline ------------------------------------------------------------------------------------------------

function deadlineResult(
  c: string,
  start: number,
  prefixOp: Operator | null,
  deadline: Deadline,
  normalized: string,
  changed: boolean,
): ValueParse {
  const problems: ValueProblem[] = [];
  const op: Operator = prefixOp ?? "<=";
  if (prefixOp === ">=" || prefixOp === ">") problems.push(valueProblem("operator_conflict", c.slice(0, start)));
  // What follows the date may be 完成 / 拨付到位 …; an operator or a number there (12月底前完成 ≥1年) contradicts it.
  const tail = c.slice(deadline.end);
  for (let k = 0; k < tail.length; k++) {
    const ch = tail.charCodeAt(k);
    if (isDigit(ch) || glyphOperator(ch) !== null) {
      problems.push(valueProblem("operator_conflict", tail.slice(k)));
      break;
    }
  }
  return result({ kind: "deadline", op, value: null, unit: null, text: deadline.iso }, normalized, changed, problems);
}

// ---- qualitative ---------------------------------------------------------------------------------------------

const DOCUMENT_ENDINGS = ["协议", "合同", "管理办法", "办法", "会议纪要", "纪要", "为依据", "为准"];
const PROCESS_OPENINGS = ["按照", "根据", "依据", "参照", "按实际"];

function qualitative(c: string, normalized: string, changed: boolean): ValueParse {
  const problems: ValueProblem[] = [];
  if (isNotAValue(c)) problems.push(valueProblem("not_a_value", c));
  return result({ kind: "qualitative", op: null, value: null, unit: null, text: c }, normalized, changed, problems);
}

/** Strong signals only (precision matters): a 《document》, a contract/agreement name, 按照…/根据… phrasing. */
function isNotAValue(c: string): boolean {
  if (c.includes("《")) return true;
  if (ENDING_LAST.has(c.charCodeAt(c.length - 1))) for (const e of DOCUMENT_ENDINGS) if (c.endsWith(e)) return true;
  if (OPENING_FIRST.has(c.charCodeAt(0))) {
    for (const o of PROCESS_OPENINGS) if (c.startsWith(o) && c.length > o.length + 1) return true;
  }
  return false;
}
const ENDING_LAST = new Set(DOCUMENT_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
const OPENING_FIRST = new Set(PROCESS_OPENINGS.map((o) => o.charCodeAt(0)));
