import { describe, expect, it } from "vitest";
import { parseValue } from "./parse-value.ts";
import { SEED_VALUES } from "./seed-values.data.ts";
import type { ValueParse } from "./types.ts";

function shapeOf(r: ValueParse): string {
  const v = r.value;
  if (r.placeholder) return "P";
  if (v === null) return "E";
  switch (v.kind) {
    case "quantitative":
      return `Q ${v.op} ${v.value} ${v.unit}${r.upper === undefined ? "" : ` ..${r.upper}`}`;
    case "deadline":
      return `D ${v.op} ${v.text}`;
    case "boolean":
      return `B ${v.value}`;
    default:
      return "T";
  }
}

describe("parseValue on every value string of the five seeds", () => {
  it.each(SEED_VALUES)("%s (%s)", (text, seeds, shape, problems) => {
    const actualOnly = !seeds.includes("t");
    const r = parseValue(text, actualOnly ? { role: "actual" } : undefined);
    expect(shapeOf(r)).toBe(shape);
    expect(r.problems.map((p) => p.code).join(",")).toBe(problems);
    if (shape === "T") expect(r.value?.text).toBe(text);
  });
});
