import { Decimal } from "decimal.js";
import type { Indicator } from "../model/indicator.ts";
import { categoryOf, type Level1Category } from "../scoring/score-self-evaluation.ts";

type Split = Partial<Record<Level1Category, number>>;

/**
 * Proposed 分值 for each row: `total` split by 一级 as `split` says (categories absent from the table hand their share
 * to the others in proportion), evenly within a 一级, to two places; the last row of each 一级 takes the rounding
 * remainder so that the sum is exactly `total`. Without a split, evenly over all rows.
 */
export function distributeWeights(rows: readonly Indicator[], total: number, splitIn: Split | null): number[] {
  let split = splitIn;
  if (rows.length === 0) return [];
  // Under framework B 成本指标 is a 二级 of 产出 and shares its 分值 (a split with its own `cost` keeps it apart).
  const cats = rows.map((r) => {
    const c = categoryOf(r);
    return c === "cost" && split !== null && split.cost === undefined ? "output" : c;
  });
  const present = [...new Set(cats)];
  // A 一级 the split gives nothing (an unknown one) would get 0: then split evenly over the rows instead.
  const given = split;
  if (given !== null && present.some((c) => !given[c])) split = null;
  const share = new Map<Level1Category, Decimal>();
  const final = split;
  const stated = final === null ? null : present.map((c) => new Decimal(final[c] ?? 0));
  const statedSum = stated?.reduce((a, b) => a.plus(b), new Decimal(0)) ?? new Decimal(0);
  if (stated === null || statedSum.isZero()) {
    // Evenly over rows: each category's share is its row count.
    for (const c of present)
      share.set(c, new Decimal(total).times(cats.filter((x) => x === c).length).dividedBy(rows.length));
  } else {
    present.forEach((c, k) => {
      share.set(c, new Decimal(total).times(stated[k] ?? 0).dividedBy(statedSum));
    });
  }
  // Round each category's share to 2 places, the last category absorbing the difference to `total`.
  const rounded = new Map<Level1Category, Decimal>();
  let used = new Decimal(0);
  present.forEach((c, k) => {
    const v =
      k === present.length - 1 ? new Decimal(total).minus(used) : (share.get(c) ?? new Decimal(0)).toDecimalPlaces(2);
    rounded.set(c, v);
    used = used.plus(v);
  });
  const out: number[] = new Array(rows.length).fill(0);
  for (const c of present) {
    const idx = cats.flatMap((x, i) => (x === c ? [i] : []));
    const catTotal = rounded.get(c) ?? new Decimal(0);
    const each = catTotal.dividedBy(idx.length).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    idx.forEach((i, k) => {
      out[i] = (k === idx.length - 1 ? catTotal.minus(each.times(idx.length - 1)) : each).toNumber();
    });
  }
  return out;
}
