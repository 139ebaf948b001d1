/** Small text helpers shared by the rules (no regex on the per-indicator hot path where it can be avoided). */

/** Removes all whitespace: a cell broken over lines ("活动次 数") compares equal to the unbroken text. */
export function compact(s: string | null | undefined): string {
  if (s == null) return "";
  let i = 0;
  const n = s.length;
  for (; i < n; i++) if (isSpace(s.charCodeAt(i))) break;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) if (!isSpace(s.charCodeAt(i))) out += s[i];
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

const NUMBERING =
  /^(?:目标\s*\d+\s*[:：、.．]?|[（(]?[一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*\s*[、.．]|[一二三四五六七八九十]+\s*[、.．])\s*/;
const TRAILING_PUNCT = /[。；;，,.\s]+$/;

/** "1.确保…一致。" → "确保…一致": numbering and final punctuation do not make two texts different. */
export function comparable(s: string | null | undefined): string {
  if (s == null || s === "") return "";
  let hit = comparableCache.get(s);
  if (hit === undefined) {
    if (comparableCache.size >= 20_000) comparableCache.clear();
    hit = computeComparable(s);
    comparableCache.set(s, hit);
  }
  return hit;
}

// Goals and purposes are compared by several rules and recur across edits (bounded memo).
const comparableCache = new Map<string, string>();

function computeComparable(s: string): string {
  let t = compact(s);
  for (let k = 0; k < 3; k++) {
    const next = t.replace(NUMBERING, "");
    if (next === t) break;
    t = next;
  }
  return t.replace(TRAILING_PUNCT, "");
}

export function includesAny(text: string, words: readonly string[]): string | null {
  for (const w of words) if (w !== "" && text.includes(w)) return w;
  return null;
}

/**
 * Character bigrams of the CJK/alphanumeric runs of `s`, as numbers (first code × 65536 + second): number keys
 * hash far faster than two-character strings.
 */
export function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!word) {
      prev = -1;
      continue;
    }
    if (prev >= 0) out.add(prev * 65536 + c);
    prev = c;
  }
  return out;
}

/** The bigram number of a two-character string. */
export function bigramOf(pair: string): number {
  return pair.charCodeAt(0) * 65536 + pair.charCodeAt(1);
}

/** Formats a number for a Chinese message: at most 2 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Formats an amount with 2 decimals (预算数 style: 5.10万元). */
export function fmtAmount(n: number): string {
  return n.toFixed(2);
}
