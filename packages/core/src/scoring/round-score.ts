import { Decimal } from "decimal.js";
import type { ScoringSettings } from "./settings.ts";

/** A score cut to the configured places, half-up or truncated (W-5), as a number. */
export function roundScore(v: Decimal, settings: ScoringSettings): number {
  const mode = settings.rounding === "truncate" ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP;
  return v.toDecimalPlaces(settings.places, mode).toNumber();
}

/** Renders a number for an explanation without float noise (0.1 + 0.2 never shows up as 0.30000000000000004). */
export function show(v: Decimal | number, places = 4): string {
  return new Decimal(v).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
}
