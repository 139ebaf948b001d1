import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Operator, ParsedValue } from "../model/value.ts";
import { scoreIndicator } from "./score-indicator.ts";

const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
const weight = fc.integer({ min: 1, max: 2000 }).map((n) => n / 100);
const q = (op: Operator | null, value: number): ParsedValue => ({
  kind: "quantitative",
  op,
  value,
  unit: "项",
  text: null,
});

describe("scoreIndicator properties", () => {
  it("keeps every formula score within [0, weight]", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Operator | null>(">=", ">", "=", "<=", "<", null),
        amount,
        amount,
        weight,
        fc.constantFrom<"linearPenalty" | "ratio">("linearPenalty", "ratio"),
        (op, t, a, w, reverseFormula) => {
          const r = scoreIndicator({ target: q(op, t), actual: q(null, a), weight: w, settings: { reverseFormula } });
          expect(r.score).not.toBeNull();
          expect(r.score ?? -1).toBeGreaterThanOrEqual(0);
          expect(r.score ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(w);
          expect(r.explanation).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("is monotonic: more is never worse for ≥, never better for ≤", () => {
    fc.assert(
      fc.property(amount, amount, amount, weight, (t, a1, a2, w) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const pos = (a: number) => scoreIndicator({ target: q(">=", t), actual: q(null, a), weight: w }).score ?? 0;
        const rev = (a: number) => scoreIndicator({ target: q("<=", t), actual: q(null, a), weight: w }).score ?? 0;
        expect(pos(hi)).toBeGreaterThanOrEqual(pos(lo));
        expect(rev(hi)).toBeLessThanOrEqual(rev(lo));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives full marks exactly when the target is met", () => {
    fc.assert(
      fc.property(amount, amount, weight, (t, a, w) => {
        const pos = scoreIndicator({ target: q(">=", t), actual: q(null, a), weight: w });
        const rev = scoreIndicator({ target: q("<=", t), actual: q(null, a), weight: w });
        if (a >= t) expect(pos.score).toBe(w);
        if (a <= t) expect(rev.score).toBe(w);
      }),
    );
  });
});
