/**
 * Clean the raw lines of a text document before they are grouped into blocks: BOM, CR/CRLF, form feeds (page
 * breaks) turned into page numbers, `[bookmark: …]` marks left by Word-to-text converters, page-number lines and
 * running headers/footers repeated on every page. Blank lines are kept (they carry layout).
 */

export interface Line {
  /** Line text without line terminator or form feed; `[bookmark: …]` marks removed. */
  text: string;
  /** 1-based line number in the source. */
  line: number;
  /** 1-based page number (form feeds), 1 when the text has none. */
  page: number;
  /** True for empty or whitespace-only lines (a lone tab is NOT blank: it is an empty table cell). */
  blank: boolean;
}

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
const PAGE_NUMBER =
  /^\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)\s*$/i;

/** Whitespace that is not a tab: tabs are cell separators and must survive. */
export function isBlankText(text: string): boolean {
  return /^[ \u3000\u00a0\v]*$/.test(text);
}

export function prepareLines(raw: string): Line[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const parts = text.split(/\r\n|\r|\n/);
  const lines: Line[] = [];
  let page = 1;
  for (let i = 0; i < parts.length; i++) {
    let t = parts[i] ?? "";
    if (t.includes("\f")) {
      page += t.split("\f").length - 1;
      t = t.replace(/\f/g, "");
    }
    if (t.includes("[bookmark:")) t = t.replace(BOOKMARK, "");
    const blank = isBlankText(t) || PAGE_NUMBER.test(t);
    lines.push({ text: blank ? "" : t, line: i + 1, page, blank });
  }
  // no form feeds (text copied out of a PDF viewer): page-number lines are where the pages end
  if (page === 1) {
    let pages = 1;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      l.page = pages;
      if (l.blank && PAGE_NUMBER.test(parts[i] ?? "")) pages++;
    }
    page = pages;
  }
  if (page > 1) dropRunningHeaders(lines, page);
  return lines;
}

/**
 * A line that is the first (or last) non-blank line of at least half of the pages, on at least two pages, is a
 * running header (footer) and is blanked. Table rows (lines with tabs) are never dropped here: a table header row
 * repeated after a page break is content for table understanding.
 */
function dropRunningHeaders(lines: Line[], pages: number): void {
  const firsts = new Map<string, Line[]>();
  const lasts = new Map<string, Line[]>();
  let current = 0;
  let last: Line | null = null;
  for (const l of lines) {
    if (l.blank) continue;
    if (l.page !== current) {
      if (last) push(lasts, last);
      push(firsts, l);
      current = l.page;
    }
    last = l;
  }
  if (last) push(lasts, last);
  for (const map of [firsts, lasts]) {
    for (const [key, group] of map) {
      // "单位：万元" at the top of every table page is content (the money unit), not a running header
      if (key.includes("\t") || /单位\s*[:：]/.test(key) || group.length < 2 || group.length < pages / 2) continue;
      for (const l of group) {
        l.blank = true;
        l.text = "";
      }
    }
  }
}

function push(map: Map<string, Line[]>, l: Line): void {
  const key = l.text.trim();
  const group = map.get(key);
  if (group) group.push(l);
  else map.set(key, [l]);
}
