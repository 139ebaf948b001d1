import { isKnownUnit } from "./units.ts";

/**
 * What the last `scanNumber` call read. The scanner reports through this one shared object so that the hot path
 * allocates nothing; read it right after the call.
 */
export const scanned = {
  /** Index just after the number. */
  end: 0,
  value: 0,
  /** The raw text of a malformed number (19574. · 1..5 · 5,,000), else null. */
  malformed: null as string | null,
  /** The number was written 百分之N: its unit is %. */
  percentWord: false,
};

const WELL_FORMED_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const WELL_FORMED_DECIMAL = /^\d+\.\d+$/;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads an Arabic number (1,000 · 12.5 · -3), 百分之N, or a Chinese numeral followed by a known unit, at `i`. */
export function scanNumber(s: string, i: number): boolean {
  scanned.malformed = null;
  scanned.percentWord = false;
  const c = s.charCodeAt(i);
  if (isDigit(c)) return scanArabic(s, i, false);
  if ((c === 0x2d || c === 0x2212) && isDigit(s.charCodeAt(i + 1))) return scanArabic(s, i + 1, true);
  if (c === 0x2b /* + */ && isDigit(s.charCodeAt(i + 1))) return scanArabic(s, i + 1, false);
  if (c === 0x767e && s.startsWith("百分之", i)) {
    // 百分之九十 → 90 (the caller sees the % through scanned.end pointing at the "%" we fake below)
    if (isDigit(s.charCodeAt(i + 3)) ? scanArabic(s, i + 3, false) : scanChinese(s, i + 3, true)) {
      scanned.percentWord = true;
      return true;
    }
    return false;
  }
  if (CN_DIGITS.has(c) || c === 0x5341 /* 十 */) return scanChinese(s, i, false);
  return false;
}

function scanArabic(s: string, i: number, negative: boolean): boolean {
  const n = s.length;
  let j = i;
  let separated = false;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) j++;
    else if (c === 0x2e /* . */) {
      separated = true;
      j++;
    } else if ((c === 0x2c || c === 0xff0c) /* , ， */ && j + 1 < n) {
      const next = s.charCodeAt(j + 1);
      if (!isDigit(next) && next !== 0x2c && next !== 0xff0c) break;
      separated = true;
      j++;
    } else break;
  }
  scanned.end = j;
  const raw = s.slice(i, j);
  let v: number;
  if (!separated) v = Number(raw);
  else {
    const ascii = raw.includes("，") ? raw.replaceAll("，", ",") : raw;
    if (WELL_FORMED_DECIMAL.test(ascii)) v = Number(ascii);
    else if (WELL_FORMED_GROUPED.test(ascii)) v = Number(ascii.replaceAll(",", ""));
    else {
      scanned.malformed = raw;
      v = bestEffort(ascii);
    }
  }
  scanned.value = negative ? -v : v;
  return true;
}

/** 19574. → 19574, 1..5 → 1.5, 5,,000 → 5000, 1.2.3 → 1.23: the most likely intended number of a malformed one. */
function bestEffort(raw: string): number {
  let out = "";
  let dot = false;
  for (const ch of raw) {
    if (ch === ",") continue;
    if (ch === ".") {
      if (!dot) out += ".";
      dot = true;
    } else out += ch;
  }
  if (out.endsWith(".")) out = out.slice(0, -1);
  if (out.startsWith(".")) out = `0${out}`;
  const v = Number(out);
  return Number.isFinite(v) ? v : 0;
}

const CN_DIGITS = new Map<number, number>(
  [..."零〇一二两三四五六七八九"].map((ch, k) => [ch.charCodeAt(0), [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][k] ?? 0]),
);
const CN_SMALL_UNITS = new Map<number, number>([
  [0x5341, 10],
  [0x767e, 100],
  [0x5343, 1000],
]);

/**
 * 三 · 十二 · 一百 · 两千五百 · 两千五 · 一万二千. Accepted only when a known unit follows (or, after 百分之, anything),
 * so that 一般 / 一流 stay words.
 */
function scanChinese(s: string, i: number, afterPercentWord: boolean): boolean {
  const n = s.length;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 1;
  let j = i;
  while (j < n) {
    const c = s.charCodeAt(j);
    const d = CN_DIGITS.get(c);
    if (d !== undefined) {
      digit = d;
      j++;
      continue;
    }
    const u = CN_SMALL_UNITS.get(c);
    if (u !== undefined) {
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastUnit = u;
      j++;
      continue;
    }
    // 万 inside a numeral (一万二千) multiplies; 万 at the end is a unit prefix (两万人次 → 2 万人次).
    if (c === 0x4e07 && j + 1 < n && (CN_DIGITS.has(s.charCodeAt(j + 1)) || CN_SMALL_UNITS.has(s.charCodeAt(j + 1)))) {
      total += (section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
      lastUnit = 10000;
      j++;
      continue;
    }
    break;
  }
  if (j === i) return false;
  // 两千五 = 2500: a trailing digit right after a unit counts one order lower.
  const tail = digit < 0 ? 0 : lastUnit >= 100 && section > 0 ? (digit * lastUnit) / 10 : digit;
  const value = total + section + tail;
  if (!afterPercentWord) {
    const rest = s.slice(j);
    if (rest !== "" && !isKnownUnit(withoutSuffixWord(rest))) return false;
  }
  scanned.end = j;
  scanned.value = value;
  return true;
}

const SUFFIX_WORDS = ["及以上", "以上", "及以下", "以下", "以内", "之内", "内", "左右", "余", "多"];

/** 三家以上 → 三家: a Chinese numeral counts as a number only before a known unit (一般, 近三年平均 stay words). */
function withoutSuffixWord(rest: string): string {
  for (const w of SUFFIX_WORDS) if (rest.length > w.length && rest.endsWith(w)) return rest.slice(0, -w.length);
  return rest;
}
