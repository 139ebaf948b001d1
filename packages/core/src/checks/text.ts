/** Small text helpers shared by the rules (no regex on the per-indicator hot path where it can be avoided). */

/** Removes all whitespace: a cell broken over lines ("活动次 数") compares equal to the unbroken text. */
export function compact(s: string | null | undefined): string {
  if (s == null) return "";
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
    out += ch;
  }
  return out;
}

const NUMBERING =
  /^(?:目标\s*\d+\s*[:：、.．]?|[（(]?[一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*\s*[、.．]|[一二三四五六七八九十]+\s*[、.．])\s*/;
const TRAILING_PUNCT = /[。；;，,.\s]+$/;

/** "1.确保…一致。" → "确保…一致": numbering and final punctuation do not make two texts different. */
export function comparable(s: string | null | undefined): string {
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

/** Character bigrams of the CJK/alphanumeric characters of `s`. */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s].filter((ch) => /[\p{Script=Han}A-Za-z0-9]/u.test(ch));
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Formats a number for a Chinese message: at most 2 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Formats an amount with 2 decimals (预算数 style: 5.10万元). */
export function fmtAmount(n: number): string {
  return n.toFixed(2);
}
