/** No false alarms: hand-written documents that follow every rule get no error and no warning, in every pack. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, checkProject, getRulePack, parseDocument } from "@jixiao/core";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "../../../fixtures/clean");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const load = (f: string) => parseDocument(JSON.parse(readFileSync(join(dir, f), "utf8")));

describe("clean fixtures", () => {
  it("there are several: projects in both frameworks, a department table, a self-evaluation", () => {
    const docs = files.map(load);
    expect(docs.some((d) => d.projects.length >= 3)).toBe(true);
    expect(docs.some((d) => d.departmentTable !== null)).toBe(true);
    expect(docs.some((d) => d.evaluation !== null)).toBe(true);
    const level1 = docs.flatMap((d) => d.projects.flatMap((p) => p.indicators.map((i) => i.level1)));
    expect(level1).toContain("成本指标");
  });

  it.each(files.flatMap((f) => ["national", "hubei", "guangxi", "hebei"].map((p) => [f, p] as const)))(
    "%s under %s: no error, no warning",
    (file, packId) => {
      const report = checkDocument({ document: load(file), pack: getRulePack(packId) });
      // The one documented difference: Hubei accepts only the five standard bases, not a document's name.
      const allowed = packId === "hubei" ? new Set(["R-IND-6"]) : new Set<string>();
      const serious = report.findings.filter((f) => f.severity !== "info" && !allowed.has(f.ruleId));
      expect(serious).toEqual([]);
    },
  );

  it("national: every clean fixture is graded 优 or 良", () => {
    for (const f of files) expect(["优", "良"]).toContain(checkDocument({ document: load(f) }).verdict.grade);
  });

  it("Hubei flags the document-name bases the national pack accepts", () => {
    const report = checkDocument({ document: load("performance-text.json"), pack: getRulePack("hubei") });
    expect(report.findings.some((f) => f.ruleId === "R-IND-6" && f.severity === "error")).toBe(true);
  });

  it("the framework-A project is clean under the central 2022 pack", () => {
    const doc = load("performance-text.json");
    const a = doc.projects.find((p) => p.indicators.some((i) => i.level1 === "成本指标"));
    expect(a).toBeDefined();
    if (a === undefined) return;
    const findings = checkProject({ project: a, pack: getRulePack("central-2022") });
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
