/**
 * Bytes → string for text documents. Chinese government text files come as UTF-8, GB18030/GBK (older Windows
 * tools, WPS "ANSI") or UTF-16 (Windows "Unicode"), with or without a byte-order mark. We detect, never assume:
 * BOM first, then strict UTF-8, then the NUL-byte pattern of UTF-16, then a plausibility score between GB18030
 * and UTF-16 for the rest.
 */

export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes started with a byte-order mark. */
  bom: boolean;
}

/** Decode text bytes in whatever encoding they are in; the result never starts with a BOM. */
export function decodeText(bytes: Uint8Array): string {
  return detectAndDecode(bytes).text;
}

/** Like `decodeText`, also telling which encoding was found. */
export function detectAndDecode(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode("utf-8", bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be", bom: true };
  }
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16, bom: false };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", bom: false };
  // No NULs and not UTF-8: GB18030 or NUL-free UTF-16 (pure CJK). Keep the more plausible reading.
  const candidates: TextEncodingName[] = ["gb18030"];
  if (bytes.length % 2 === 0) candidates.push("utf-16le", "utf-16be");
  let best: DecodedText | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of candidates) {
    const text = decode(encoding, bytes);
    const score = plausibility(text);
    if (score > bestScore) {
      bestScore = score;
      best = { text, encoding, bom: false };
    }
  }
  return best ?? { text: decode("gb18030", bytes), encoding: "gb18030", bom: false };
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 text of Chinese documents still holds ASCII (digits, tabs, line breaks), whose high byte is 0:
 * NULs sit mostly on odd offsets (LE) or even offsets (BE). Binary files have NULs everywhere or nowhere regular.
 */
function utf16ByNulPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.1 && evenNul < oddNul * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.1 && oddNul < evenNul * 0.05) return "utf-16be";
  return null;
}

/** Share of characters a Chinese document plausibly contains, minus a heavy price for replacement characters. */
export function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0) bad += 5;
    else if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x206f) ||
      (c >= 0x2260 && c <= 0x226f)
    )
      good++;
    else bad++;
  }
  return (good - bad) / text.length;
}
