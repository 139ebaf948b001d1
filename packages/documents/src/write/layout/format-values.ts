import { dec } from "@jixiao/core";

/** 300 → "300.00", 1010.07 → "1010.07", 0.125 → "0.125": two places unless the number needs more. */
export function formatAmount(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  const d = dec(n);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toString();
}

/** 25 → "25%"; null → "". */
export function formatPercent(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  return `${dec(n).toString()}%`;
}

/** A plain number as written: 10 → "10", 9.65 → "9.65". */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  return dec(n).toString();
}

export function text(s: string | null | undefined): string {
  return s ?? "";
}

/** Spreadsheet format that shows a percentage (stored as a fraction) with exactly its own decimal places. */
export function percentFormat(n: number): string {
  const places = dec(n).decimalPlaces();
  return places > 0 ? `0.${"0".repeat(places)}%` : "0%";
}

/** Spreadsheet format for an amount: two places, more when the amount has more. */
export function amountFormat(n: number): string {
  return `0.${"0".repeat(Math.max(2, dec(n).decimalPlaces()))}`;
}
