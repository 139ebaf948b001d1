/** What the reader needs from styles.xml: each cell style's number format and whether it draws a border. */
export interface CellStyle {
  numFmt: string;
  bordered: boolean;
}

const BUILTIN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  14: "yyyy-m-d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "yyyy-m-d h:mm",
  31: 'yyyy"年"m"月"d"日"',
  49: "@",
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export function readStyles(xml: string | null): CellStyle[] {
  if (!xml) return [];
  const fmts = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s+[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)) {
    fmts.set(Number(m[1]), m[2]?.replace(/&quot;/g, '"').replace(/&amp;/g, "&") ?? "General");
  }
  const borders: boolean[] = [];
  const bordersXml = /<borders\b[^>]*>([\s\S]*?)<\/borders>/.exec(xml)?.[1] ?? "";
  for (const b of bordersXml.matchAll(/<border\b[^>]*?(?:\/>|>([\s\S]*?)<\/border>)/g)) {
    borders.push(/<(?:left|right|top|bottom|start|end)\b[^>]*\bstyle="(?!none)[^"]+"/.test(b[1] ?? ""));
  }
  const xfsXml = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const out: CellStyle[] = [];
  for (const x of xfsXml.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)) {
    const attrs = x[1] ?? "";
    const numFmtId = Number(/\bnumFmtId="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const borderId = Number(/\bborderId="(\d+)"/.exec(attrs)?.[1] ?? 0);
    out.push({ numFmt: fmts.get(numFmtId) ?? BUILTIN[numFmtId] ?? "General", bordered: borders[borderId] ?? false });
  }
  return out;
}
