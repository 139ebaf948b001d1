import { type CheckContext, emit } from "../context.ts";
import type { FindingLocation } from "../types.ts";

/** Latin capitals with a digit 0 among them (0A → OA): a typo a reviewer catches at a glance. */
const ZERO_AMONG_CAPITALS = /(?<![0-9A-Za-z])(?:0[A-Z]{1,3}|[A-Z]{1,3}0[A-Z]{0,3})(?![0-9A-Za-z])/g;

/** R-TXT-1 (template placeholders) and R-TXT-2 (0 for O) over one text. */
export function checkText(
  ctx: CheckContext,
  text: string | null | undefined,
  where: FindingLocation,
  field?: string,
): void {
  if (text == null || text === "") return;
  // One pass decides whether either rule can apply; almost every text has neither a placeholder glyph nor Latin.
  let suspect = false;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) latin = true;
    else if (c === 0x78 || c === 0xd7 || c === 0x67d0 /* 某 */ || c === 0x5385 /* 厅 */) suspect = true;
  }
  if (!latin && !suspect) return;
  const location = field === undefined ? where : { ...where, field };
  checkPlaceholders(ctx, text, location);
  if (latin && text.includes("0")) checkZeroForO(ctx, text, location);
}

/** Cheap screen: only texts with Latin capitals or a placeholder glyph can have an R-TXT finding. */
export function mayHaveTextFinding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x78 || c === 0xd7 || c === 0x67d0 || c === 0x5385) return true;
  }
  return false;
}

function checkPlaceholders(ctx: CheckContext, text: string, location: FindingLocation): void {
  for (const p of ctx.pack.lexicon.templatePlaceholders) {
    const k = text.indexOf(p);
    if (k < 0) continue;
    // "XX" inside a Latin word (XXL) or a longer run already reported as XXX is not a placeholder.
    if (/^[Xx×]+$/.test(p) && (isLatin(text.charCodeAt(k - 1)) || isLatin(text.charCodeAt(k + p.length)))) continue;
    emit(
      ctx,
      "R-TXT-1",
      location,
      `文字中留有模板占位符“${p}”：“${excerpt(text, k, p.length)}”`,
      { text: excerpt(text, k, p.length), placeholder: p },
      "把占位符替换为实际内容（如审核的财政部门名称）",
    );
    break;
  }
}

function checkZeroForO(ctx: CheckContext, text: string, location: FindingLocation): void {
  for (const m of text.matchAll(ZERO_AMONG_CAPITALS)) {
    const word = m[0];
    const fixed = word.replaceAll("0", "O");
    emit(
      ctx,
      "R-TXT-2",
      location,
      `“${word}”中的“0”疑为字母“O”`,
      { text: excerpt(text, m.index ?? 0, word.length), word },
      `“${word}”应为“${fixed}”`,
    );
  }
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xd7;
}

function excerpt(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 8), Math.min(text.length, at + length + 8));
}
