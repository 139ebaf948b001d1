/**
 * Cell text as the exchange format wants it: trimmed, line breaks and runs of spaces inside one cell removed
 * (Chinese has no word spaces; a single space between two Latin words is kept), Word bookmark residue dropped.
 * Empty → null, never "".
 */
export function cellText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw
    .replace(/\[bookmark:[^\]]*\]/g, "")
    .replace(/[\u3000\u00a0\t]/g, " ")
    .replace(/\s*[\r\n]+\s*/g, "\n")
    .replace(/\n/g, "")
    .replace(/ {2,}/g, " ")
    .replace(/ (?=[\u0080-\uffff])|(?<=[\u0080-\uffff]) /g, "")
    .trim();
  return text === "" ? null : text;
}

/** The lines of a cell, each cleaned like `cellText`, blanks dropped (numbered lists keep their items apart). */
export function cellLines(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const t = cellText(line);
    if (t !== null) out.push(t);
  }
  return out;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** True for a bare number cell (分值, 得分, 金额), thousands separators allowed. */
export function isNumeric(text: string | null): boolean {
  return text !== null && NUMBER.test(text.replace(/,/g, ""));
}

/** A bare number (`1,036.06`, `　1036.06`) or a percentage (`96.5%` → 96.5); anything else → null. */
export function parseNumber(text: string | null): number | null {
  if (text === null) return null;
  const t = text.replace(/,/g, "").replace(/[％]/g, "%").trim();
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?$/.exec(t);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Looks like a 指标值 rather than a label: starts with a comparison sign or a digit. */
export function isValueLike(text: string | null): boolean {
  return text !== null && /^[≥≤≧≦＞＜><=＝]|^\d/.test(text);
}

/** Monetary unit stated in a header or a line such as `单位：万元` / `部门预算金额(万元)`. */
export function amountUnitIn(text: string | null): "元" | "万元" | "亿元" | null {
  if (text === null) return null;
  const m = /(?:单位[:：]\s*|[(（])(亿元|万元|元)/.exec(text);
  return (m?.[1] as "元" | "万元" | "亿元" | undefined) ?? null;
}
