/** A date read from a value text; `iso` is YYYY-MM-DD, or --MM-DD when the text gives no year (12月底前). */
export interface Deadline {
  iso: string;
  /** Index in the text just after the date and its 前/之前. */
  end: number;
}

const PREFIXES = ["已于", "截止到", "截至到", "截至", "截止", "预计", "计划", "力争", "于", "在"];
const BEFORE = ["之前", "以前", "为止", "前", "止"];
/** Year-less period words: 年底前 → --12-31. */
const PERIOD_WORDS: readonly (readonly [string, string])[] = [
  ["本年度内", "--12-31"],
  ["年度内", "--12-31"],
  ["当年内", "--12-31"],
  ["年底", "--12-31"],
  ["年末", "--12-31"],
  ["年内", "--12-31"],
  ["上半年", "--06-30"],
  ["年中", "--06-30"],
  ["下半年", "--12-31"],
];
/** First characters of every word a non-digit deadline can open with: most texts are rejected on one lookup. */
const WORD_FIRST = new Set<number>(
  [...PREFIXES, ...PERIOD_WORDS.map(([w]) => w), "第", "一", "二", "三", "四"].map((w) => w.charCodeAt(0)),
);
const MAX_TAIL = 12;
/** What may follow a date in a value: a completion verb (12月底前完成), or an operator/number (a conflict, reported). */
const TAIL_OPENINGS = [
  "完成",
  "完工",
  "办结",
  "到位",
  "兑现",
  "拨付",
  "发放",
  "实施",
  "交付",
  "支付",
  "验收",
  "结束",
  "召开",
  "上线",
  "建成",
  "落实",
  "开展",
  "下达",
  "提交",
  "全部",
  "及时",
  "前",
  "内",
];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads a deadline at `i`: 2024年12月31日前 · 2024年6月 · 2024.12.31 · 12月底前(完成) · 6月前 · 年底前 · 上半年.
 * Month-only dates mean the month's last day (year unknown: February → 29). Returns null when the text is not a
 * date, or when the date merely opens a sentence (more than a short tail follows).
 */
export function readDeadline(s: string, i: number): Deadline | null {
  const first = s.charCodeAt(i);
  if (!isDigit(first)) {
    if (!WORD_FIRST.has(first)) return null;
    for (const p of PREFIXES) {
      if (s.startsWith(p, i)) {
        const d = readDeadline(s, i + p.length);
        if (d !== null) return d;
      }
    }
    for (const [word, iso] of PERIOD_WORDS) if (s.startsWith(word, i)) return finish(s, iso, i + word.length, true);
    // A year-less quarter needs 第 or 末/底/前 (三季度 alone may be a duration).
    const quarter = readQuarter(s, i);
    if (quarter === null || (!s.startsWith("第", i) && !quarter.marked && !endsBefore(s, quarter.end))) return null;
    return finish(s, `--${quarter.iso}`, quarter.end, true);
  }
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  const n1 = Number(s.slice(i, j));
  const sep = s.charCodeAt(j);
  if (j - i === 4 && sep === 0x5e74 /* 年 */) return afterYear(s, n1, j + 1);
  if (j - i === 4 && (sep === 0x2d || sep === 0x2e || sep === 0x2f) && n1 >= 1900 && n1 <= 2100) {
    return numericDate(s, n1, j, sep);
  }
  if (j - i <= 2 && sep === 0x6708 /* 月 */) return afterMonth(s, null, n1, j + 1, false);
  return null;
}

function afterYear(s: string, year: number, j: number): Deadline | null {
  if (year < 1900 || year > 2100) return null;
  const c = s.charCodeAt(j);
  if (isDigit(c)) {
    let k = j;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    if (k - j <= 2 && s.charCodeAt(k) === 0x6708) return afterMonth(s, year, Number(s.slice(j, k)), k + 1, true);
    return null;
  }
  if (c === 0x5e95 /* 底 */ || c === 0x672b /* 末 */) return finish(s, `${year}-12-31`, j + 1, true);
  if (s.startsWith("年底", j) || s.startsWith("年末", j)) return finish(s, `${year}-12-31`, j + 2, true);
  const quarter = readQuarter(s, j);
  if (quarter !== null) return finish(s, `${year}-${quarter.iso}`, quarter.end, true);
  // A bare year (2024年) is a deadline only when nothing but 前 follows.
  return finish(s, `${year}-12-31`, j, false);
}

function afterMonth(s: string, year: number | null, month: number, j: number, hasYear: boolean): Deadline | null {
  if (month < 1 || month > 12) return null;
  const c = s.charCodeAt(j);
  let day = lastDay(year, month);
  let k = j;
  let strong = hasYear;
  if (isDigit(c)) {
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    const after = s.charCodeAt(k);
    if (k - j > 2 || (after !== 0x65e5 /* 日 */ && after !== 0x53f7) /* 号 */) return null;
    day = Number(s.slice(j, k));
    if (day < 1 || day > lastDay(year, month)) return null;
    k++;
    strong = true;
  } else if (c === 0x5e95 /* 底 */ || c === 0x672b /* 末 */) {
    k++;
    strong = true;
  } else if (s.startsWith("下旬", j) || s.startsWith("中旬", j) || s.startsWith("上旬", j)) {
    if (s.charCodeAt(j) === 0x4e2d) day = 20;
    else if (s.charCodeAt(j) === 0x4e0a) day = 10;
    k += 2;
    strong = true;
  }
  // 12月 alone is a duration or a count (发放 12月); 6月前 is a deadline.
  if (!strong && !endsBefore(s, k)) return null;
  const iso = `${year === null ? "-" : year}-${pad(month)}-${pad(day)}`;
  return finish(s, iso, k, true);
}

function numericDate(s: string, year: number, j: number, sep: number): Deadline | null {
  let k = j + 1;
  const m0 = k;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  if (k === m0 || k - m0 > 2 || s.charCodeAt(k) !== sep) return null;
  const month = Number(s.slice(m0, k));
  const d0 = ++k;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  if (k === d0 || k - d0 > 2) return null;
  const day = Number(s.slice(d0, k));
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return finish(s, `${year}-${pad(month)}-${pad(day)}`, k, true);
}

function endsBefore(s: string, k: number): boolean {
  for (const b of BEFORE) if (s.startsWith(b, k)) return true;
  return false;
}

function finish(s: string, iso: string, k: number, allowTail: boolean): Deadline | null {
  let end = k;
  for (const b of BEFORE) {
    if (s.startsWith(b, k)) {
      end = k + b.length;
      break;
    }
  }
  const tail = s.length - end;
  if (tail === 0) return { iso, end };
  if (!allowTail || tail > MAX_TAIL) return null;
  const c = s.charCodeAt(end);
  if (isDigit(c) || c === 0x2265 || c === 0x2264 || c === 0xff1e || c === 0xff1c || c === 0x3d || c === 0xff1d) {
    return { iso, end };
  }
  for (const t of TAIL_OPENINGS) if (s.startsWith(t, end)) return { iso, end };
  return null;
}

function lastDay(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const QUARTER_ENDS: Record<string, string> = { 一: "03-31", 二: "06-30", 三: "09-30", 四: "12-31" };

/** (第)三季度(末|底): the quarter's last day, as MM-DD. */
function readQuarter(s: string, i: number): { iso: string; end: number; marked: boolean } | null {
  let k = s.startsWith("第", i) ? i + 1 : i;
  let ch = s[k];
  if (ch === "1" || ch === "2" || ch === "3" || ch === "4") ch = "一二三四"[Number(ch) - 1];
  const iso = ch === undefined ? undefined : QUARTER_ENDS[ch];
  if (iso === undefined || !s.startsWith("季度", k + 1)) return null;
  k += 3;
  const marked = s.startsWith("末", k) || s.startsWith("底", k);
  if (marked) k++;
  return { iso, end: k, marked };
}
