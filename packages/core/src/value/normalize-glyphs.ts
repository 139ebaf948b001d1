/**
 * Glyph normalisation of a value text (domain-rules Rule 1.2.2, R-VAL-8): ≧ ⩾ >= → ≥, ≦ ⩽ <= → ≤, > → ＞, < → ＜,
 * ═ → ＝, full-width digits/letters/％/．/／/－/～/＋ → ASCII. Word operators (不低于, 不超过 …) are understood by
 * `parseValue` but left as written here, because the same words occur inside ordinary sentences.
 * ASCII "=" is kept: it is how most tables write 等于. Returns the very same string when nothing changes,
 * so `normalizeGlyphs(t) !== t` tells whether a glyph was fixed.
 */
export function normalizeGlyphs(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) if (needsWork(text.charCodeAt(i), i + 1 < n ? text.charCodeAt(i + 1) : 0)) break;
  if (i === n) return text;
  let out = text.slice(0, i);
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c === 0x3e /* > */ || c === 0xff1e /* ＞ */) {
      if (next === 0x3d /* = */ || next === 0xff1d /* ＝ */) {
        out += "≥";
        i++;
      } else out += "＞";
    } else if (c === 0x3c /* < */ || c === 0xff1c /* ＜ */) {
      if (next === 0x3d || next === 0xff1d) {
        out += "≤";
        i++;
      } else out += "＜";
    } else if (c === 0x2267 || c === 0x2a7e) out += "≥";
    else if (c === 0x2266 || c === 0x2a7d) out += "≤";
    else if (c === 0x2550) out += "＝";
    else if (c >= 0xff01 && c <= 0xff5e && isAsciiFoldable(c)) out += String.fromCharCode(c - 0xfee0);
    else out += text[i];
  }
  return out;
}

function needsWork(c: number, next: number): boolean {
  if (c === 0x3e || c === 0x3c || c === 0x2267 || c === 0x2266 || c === 0x2a7e || c === 0x2a7d || c === 0x2550) {
    return true;
  }
  if ((c === 0xff1e || c === 0xff1c) && (next === 0x3d || next === 0xff1d)) return true;
  return c >= 0xff01 && c <= 0xff5e && isAsciiFoldable(c);
}

/** Full-width forms folded to ASCII: digits, Latin letters, ％ ． ／ － ～ ＋. Chinese punctuation (，：（）) stays. */
function isAsciiFoldable(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c === 0xff05 ||
    c === 0xff0e ||
    c === 0xff0f ||
    c === 0xff0d ||
    c === 0xff5e ||
    c === 0xff0b
  );
}
