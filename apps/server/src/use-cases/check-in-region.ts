import {
  type CheckReport,
  checkDocument,
  type Finding,
  JixiaoError,
  type PerformanceDocument,
  selectRulePack,
} from "@jixiao/core";
import { type Db, getRegion } from "@jixiao/db";

export interface CheckOutcome {
  report: CheckReport;
  /** Chinese texts of the error findings, for refusing a submission. */
  errors: string[];
}

/**
 * Checks a document with the rule pack of its region and year (`selectRulePack`: a 河北 region gets the Hebei pack),
 * the same choice the web app makes for its live checks. Reader warnings about blank rows become R-IND-4.
 */
export async function checkInRegion(input: {
  db: Db;
  regionId: string;
  document: PerformanceDocument;
  readWarnings?: readonly { code: string; message: string; source?: { page?: number; line?: number } }[];
}): Promise<CheckOutcome> {
  const region = await getRegion(input.db, { regionId: input.regionId });
  if (region === null) throw new JixiaoError("not_found", "region missing", { userMessage: "没有找到所属地区" });
  const pack = selectRulePack({ region: region.name, year: input.document.year });
  const report = checkDocument({ document: input.document, pack, readWarnings: input.readWarnings });
  return { report, errors: report.findings.filter((f) => f.severity === "error").map(describeFinding) };
}

export function describeFinding(f: Finding): string {
  const where: string[] = [];
  if (f.location.projectName) where.push(`项目“${f.location.projectName}”`);
  else if (f.location.projectIndex !== undefined) where.push(`第 ${f.location.projectIndex + 1} 个项目`);
  if (f.location.indicatorIndex !== undefined) where.push(`第 ${f.location.indicatorIndex + 1} 行指标`);
  return `${where.length ? `${where.join("")}：` : ""}${f.message}（${f.ruleId}）`;
}
