import { dec } from "@jixiao/core";

/** Excel's serial day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[ymd]/i.test(bare) && !/^[#0.,%]+$/.test(bare);
}

/**
 * A stored number as the sheet shows it: percentages as "68.38%", fixed places as written, dates as
 * "2024年12月31日", everything else as the shortest decimal (binary noise past 15 digits dropped).
 */
export function formatCellNumber(raw: string, fmt: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  const f = fmt.split(";")[0] ?? "General";
  if (f.includes("%")) {
    const places = /\.(0+)%/.exec(f)?.[1]?.length ?? 0;
    return `${dec(Number(n.toPrecision(15)))
      .mul(100)
      .toFixed(places)}%`;
  }
  if (f !== "General" && isDateFormat(f) && n > 0 && n < 2958466) {
    const d = serialToDate(n);
    return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  }
  const fixed = /^[#,]*0\.(0+)$/.exec(f.replace(/[$¥￥]|\\.|"[^"]*"|_.|\*./g, ""));
  if (fixed) return dec(Number(n.toPrecision(15))).toFixed(fixed[1]?.length ?? 0);
  return String(Number(n.toPrecision(15)));
}
