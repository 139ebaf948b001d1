import { cellText } from "../cell-text.ts";

const ITEM_START =
  /^\s*(?:[(（]?\d{1,2}[)）.、．:：]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*/;

/**
 * A numbered list written in one cell (`1.…；\n2.…` or `1.…。2.…。`) → one entry per item, numbering removed,
 * lines that do not start a new item joined to the item before. Text without numbering is one entry.
 */
export function splitNumbered(raw: string | null): string[] {
  if (raw === null) return [];
  const lines = raw.split(/\r?\n/).flatMap((l) => l.split(/(?<=[。；;])\s*(?=\d{1,2}[.、．]\D)/));
  const items: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    const text = cellText(line);
    if (text === null) continue;
    if (ITEM_START.test(text) || current === null) {
      if (current !== null) items.push(current);
      current = text.replace(ITEM_START, "");
    } else {
      current += text;
    }
  }
  if (current !== null) items.push(current);
  return items.filter((i) => i !== "");
}
