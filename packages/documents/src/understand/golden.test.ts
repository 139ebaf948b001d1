/**
 * Golden files: the reader's output for the seeds, checked by eye row by row against the source and kept in
 * fixtures/expected/<seed>.json. A difference is reported as the list of field paths that differ.
 * Regenerate (then check by eye again!) with UPDATE_GOLDEN=1 npx vitest run packages/documents/src/understand/golden.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentSchema } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.ts";

const root = join(import.meta.dirname, "../../../../fixtures");

/** Paths where `actual` and `expected` differ, e.g. `projects[2].indicators[4].target`. */
export function diffPaths(actual: unknown, expected: unknown, path = ""): string[] {
  if (Object.is(actual, expected)) return [];
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const out: string[] = [];
    if (actual.length !== expected.length) out.push(`${path}.length (${actual.length} ≠ ${expected.length})`);
    for (let i = 0; i < Math.min(actual.length, expected.length); i++)
      out.push(...diffPaths(actual[i], expected[i], `${path}[${i}]`));
    return out;
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].flatMap((k) => diffPaths(a[k], e[k], path ? `${path}.${k}` : k));
  }
  return [`${path} (${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)})`];
}

const SEEDS = [
  {
    file: "000_1d3fb6a94e038dcc",
    projects: 3,
    indicators: [6, 6, 6],
    blankRows: 3,
  },
  {
    file: "001_84b2129734047c8f",
    projects: 5,
    indicators: [7, 7, 8, 8, 8],
    blankRows: 0,
  },
  {
    file: "003_f895533748b46b25",
    projects: 17,
    indicators: [9, 9, 9, 9, 9, 10, 9, 9, 10, 9, 9, 9, 9, 9, 9, 9, 9],
    blankRows: 0,
  },
];

describe("golden files", () => {
  for (const seed of SEEDS) {
    it(`reads ${seed.file} as in fixtures/expected`, async () => {
      const bytes = readFileSync(join(root, "seeds", `${seed.file}.txt`));
      const { document, warnings } = await readDocument({ bytes, fileName: `${seed.file}.txt` });
      expect(documentSchema.safeParse(document).success).toBe(true);
      expect(document.projects).toHaveLength(seed.projects);
      expect(document.projects.map((p) => p.indicators.length)).toEqual(seed.indicators);
      expect(warnings.filter((w) => w.code === "blank_row")).toHaveLength(seed.blankRows);
      const goldenPath = join(root, "expected", `${seed.file}.json`);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, `${JSON.stringify(document, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(goldenPath, "utf8"));
      expect(diffPaths(JSON.parse(JSON.stringify(document)), expected)).toEqual([]);
    });
  }

  it("reports differing fields by path", () => {
    expect(diffPaths({ a: [{ b: 1 }, { b: 2 }] }, { a: [{ b: 1 }, { b: 3 }] })).toEqual(["a[1].b (2 ≠ 3)"]);
  });
});
