/**
 * Cell text and number conventions of the exchange format (binding, exchange-format.md "Conventions"):
 * text trimmed, line breaks and runs of spaces inside one cell removed (Chinese has no word spaces; one space
 * between two Latin/digit words is kept), empty → null (never ""), "无" stays "无", numbers exactly as written.
 */

const MARKUP = /<\/?(?:p|br|span|div|b|i|u|strong|em)\b[^>]*>/gi;

/** Clean one cell (or one paragraph) of text; null when nothing is left. */
export function cellText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let text = raw;
  if (text.includes("[bookmark:")) text = text.replace(/\[bookmark:[^\]]*\]/g, "");
  if (text.includes("<")) text = text.replace(MARKUP, " ");
  text = text
    .replace(/[\u3000\u00a0\t\r\n\v\f]/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ (?=[^\x21-\x7e])|(?<=[^\x21-\x7e]) /g, "")
    .trim();
  // CSV residue: a whole cell wrapped in ASCII double quotes with none inside
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"') && !text.slice(1, -1).includes('"')) {
    text = text.slice(1, -1).trim();
  }
  return text === "" ? null : text;
}

/** All whitespace removed (项目编码 "13081122P00781510001 G" → "13081122P00781510001G"). */
export function compactText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.replace(/[\s\u3000]+/g, "");
  return t === "" ? null : t;
}

export type MoneyUnit = "元" | "万元" | "亿元";

const AMOUNT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(亿元|万元|元|万|亿)?$/;

/** "500万元" → {value: 500, unit: "万元"}; "300.00" → {value: 300, unit: null}; "1,036.06" → 1036.06. */
export function parseAmount(text: string | null): { value: number; unit: MoneyUnit | null } | null {
  if (text === null) return null;
  const t = text.replace(/[,，\s]/g, "").replace(/^人民币/, "");
  const m = AMOUNT.exec(t);
  if (!m?.[1]) return null;
  const unit = m[2] === "万" ? "万元" : m[2] === "亿" ? "亿元" : ((m[2] as MoneyUnit | undefined) ?? null);
  return { value: Number(m[1]), unit };
}

/** "25%" → 25, "0" → 0, "100" → 100, "12.5％" → 12.5; anything else → null. */
export function parsePercent(text: string | null): number | null {
  if (text === null) return null;
  // thousands separators only where they group three digits ("2,000,000"), never a list ("1,2")
  const plain = text.replace(/\s/g, "").replace(/(\d),(?=\d{3}(?:[^\d]|$))/g, "$1");
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*[%％]?$/.exec(plain);
  return m?.[1] ? Number(m[1]) : null;
}

/** A bare number (分值, 得分): "2" → 2, "1.5" → 1.5, "1,000" → 1000; else null. */
export function parseNumber(text: string | null): number | null {
  if (text === null) return null;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/.exec(text.replace(/[,\s]/g, ""));
  return m?.[1] ? Number(m[1]) : null;
}

/** The money unit a line such as "单位：万元" / "金额单位：元" / "(万元)" states; null when none. */
export function statedAmountUnit(text: string | null): MoneyUnit | null {
  if (text === null || text.length > 24 || !text.includes("元")) return null;
  const m =
    /(?:^|[^\u4e00-\u9fa5])(?:金额)?单位\s*[:：]\s*(亿元|万元|元)\s*$/.exec(text) ??
    /^[(（](亿元|万元|元)[)）]$/.exec(text);
  return (m?.[1] as MoneyUnit | undefined) ?? null;
}

/** True when every cell is empty. */
export function isBlankRow(cells: readonly (string | null)[]): boolean {
  return cells.every((c) => c === null);
}
