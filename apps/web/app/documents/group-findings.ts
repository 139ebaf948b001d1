import type { Finding, FindingSection, Severity } from "@jixiao/core";

/**
 * Findings grouped by what they point at, so each can sit next to its row: one indicator row of a table
 * (project, department table or self-evaluation), one project as a whole, or the document as a whole.
 */
export interface GroupedFindings {
  /** key: rowKey(section, projectIndex, indicatorIndex) */
  rows: Map<string, Finding[]>;
  /** key: project index; findings about the project but no single row */
  projects: Map<number, Finding[]>;
  /** key: section; findings about a part (overall, departmentTable…) but no single row */
  sections: Map<FindingSection, Finding[]>;
}

export function rowKey(section: FindingSection, projectIndex: number | undefined, indicatorIndex: number): string {
  return `${section}|${projectIndex ?? ""}|${indicatorIndex}`;
}

export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const rows = new Map<string, Finding[]>();
  const projects = new Map<number, Finding[]>();
  const sections = new Map<FindingSection, Finding[]>();
  const push = <K>(map: Map<K, Finding[]>, key: K, f: Finding) => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const f of findings) {
    const loc = f.location;
    if (loc.indicatorIndex !== undefined) push(rows, rowKey(loc.section, loc.projectIndex, loc.indicatorIndex), f);
    else if (loc.section === "project" && loc.projectIndex !== undefined) push(projects, loc.projectIndex, f);
    else push(sections, loc.section, f);
  }
  return { rows, projects, sections };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most serious severity among findings, or null. */
export function worstSeverity(findings: readonly Finding[] | undefined): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings ?? []) if (!worst || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings of one project: its own and those of its rows. */
export function countProjectFindings(findings: readonly Finding[], projectIndex: number): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings)
    if (f.location.section === "project" && f.location.projectIndex === projectIndex) counts[f.severity] += 1;
  return counts;
}
