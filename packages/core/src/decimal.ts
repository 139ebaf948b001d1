import { Decimal } from "decimal.js";

/**
 * Money and scores never go through binary floating point when summed or compared:
 * 708.44 + 96.62 + 231 must be exactly 1036.06.
 */
export type Num = number | string;

export function dec(v: Num): Decimal {
  return new Decimal(v);
}

/** Exact sum of decimal numbers, returned as a JS number rounded to `places` (default 10, i.e. exact for our data). */
export function sum(values: readonly (Num | null | undefined)[], places = 10): number {
  let acc = new Decimal(0);
  for (const v of values) if (v !== null && v !== undefined) acc = acc.plus(v);
  return acc.toDecimalPlaces(places).toNumber();
}

/** a === b within an absolute tolerance, compared in decimal. */
export function decEqual(a: Num, b: Num, tolerance: Num = 0): boolean {
  return new Decimal(a).minus(b).abs().lte(tolerance);
}

export function round(v: Num, places: number): number {
  return new Decimal(v).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

export function mul(a: Num, b: Num): number {
  return new Decimal(a).times(b).toNumber();
}

export function div(a: Num, b: Num): number {
  return new Decimal(a).dividedBy(b).toNumber();
}

const UNIT_FACTORS: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** Converts an amount between 元/万元/亿元 exactly; null when a unit is not a money unit. */
export function convertAmount(value: Num, from: string, to: string): number | null {
  const f = UNIT_FACTORS[from];
  const t = UNIT_FACTORS[to];
  if (f === undefined || t === undefined) return null;
  return new Decimal(value).times(f).dividedBy(t).toNumber();
}
