import type { Finding } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { countProjectFindings, groupFindings, rowKey, worstSeverity } from "./group-findings.ts";

const f = (severity: Finding["severity"], location: Finding["location"]): Finding => ({
  ruleId: "R-X",
  severity,
  dimension: "完整性",
  message: "m",
  location,
  evidence: {},
  suggestion: null,
});

describe("groupFindings", () => {
  const findings = [
    f("error", { section: "project", projectIndex: 1, indicatorIndex: 2, field: "target" }),
    f("warning", { section: "project", projectIndex: 1, indicatorIndex: 2, field: "basis" }),
    f("warning", { section: "project", projectIndex: 1, field: "spendPlan" }),
    f("info", { section: "departmentTable.annual", indicatorIndex: 0 }),
    f("info", { section: "overall", field: "summary" }),
  ];
  it("puts row findings next to their row, project findings on the project, the rest on their section", () => {
    const g = groupFindings(findings);
    expect(g.rows.get(rowKey("project", 1, 2))?.map((x) => x.severity)).toEqual(["error", "warning"]);
    expect(g.rows.get(rowKey("departmentTable.annual", undefined, 0))).toHaveLength(1);
    expect(g.rows.get(rowKey("project", 0, 2))).toBeUndefined();
    expect(g.projects.get(1)).toHaveLength(1);
    expect(g.sections.get("overall")).toHaveLength(1);
  });
  it("names the worst severity and counts a project's findings", () => {
    expect(worstSeverity(findings.slice(1, 4))).toBe("warning");
    expect(worstSeverity(findings)).toBe("error");
    expect(worstSeverity([])).toBeNull();
    expect(countProjectFindings(findings, 1)).toEqual({ error: 1, warning: 2, info: 0 });
    expect(countProjectFindings(findings, 0)).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
