import {
  type CheckReport,
  checkDocument,
  type Finding,
  findFindingIndicator,
  type PerformanceDocument,
  ruleTitle,
  SEVERITY_LABELS,
  type Verdict,
} from "@jixiao/core";
import { type Command, EXIT } from "../command.ts";
import { openInput } from "../read-input.ts";

const USAGE = [
  "用法 / usage: jixiao check FILE [--json] [--pack ID|FILE.json]",
  "  按规则包审核绩效文档（文本、.docx、.xlsx、.pdf 或 jixiao/v1 JSON），按项目列出问题和修改建议。",
  "  --pack 规则包编号（national、hubei、guangxi、hebei、central-2022）或规则包 JSON 文件；默认 national。",
  "  退出码：0 无错误，1 有错误，2 文件或规则包无法读取。",
  "  Checks a document against a rule pack; exit 1 when there are errors, 2 when the input cannot be read.",
].join("\n");

/** `jixiao check FILE [--json] [--pack ID|FILE]`: read, check, print findings grouped by project. */
const checkCommand: Command = {
  name: "check",
  usage: "审核绩效文档 FILE [--json] [--pack ID|FILE] / check a document",
  async run(args, io) {
    const opened = await openInput(args, io, USAGE);
    if (typeof opened === "number") return opened;
    const { file, json, pack, input } = opened;
    const options: Parameters<typeof checkDocument>[0] = { document: input.document, pack };
    if (input.text !== undefined) options.sourceText = input.text;
    if (input.result !== null) options.readWarnings = input.result.warnings;
    const report = checkDocument(options);
    io.out(json ? JSON.stringify(report, null, 2) : formatReport(file, input.document, report));
    return report.verdict.counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};

export default checkCommand;

const SEVERITY_MARKS: Record<Finding["severity"], string> = { error: "✗", warning: "!", info: "·" };
const SECTION_NAMES: Record<string, string> = {
  document: "文档",
  overall: "部门整体绩效目标",
  departmentTable: "部门整体绩效目标表",
  "departmentTable.longTerm": "部门整体绩效目标表 · 长期绩效指标",
  "departmentTable.annual": "部门整体绩效目标表 · 年度绩效指标",
  evaluation: "绩效自评表",
};

export function formatReport(file: string, doc: PerformanceDocument, report: CheckReport): string {
  const lines: string[] = [
    `文件：${file}`,
    `规则包：${report.pack.name}（${report.pack.id}）`,
    `审核结论：${verdictLine(report.verdict)}`,
    "",
  ];
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.location.section === "project" ? `project:${f.location.projectIndex ?? 0}` : f.location.section;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const [key, findings] of groups) {
    if (key.startsWith("project:")) {
      const index = Number(key.slice("project:".length));
      const p = report.projects[index];
      lines.push(`【项目${index + 1}】${p?.name ?? ""} — ${p === undefined ? "" : verdictLine(p.verdict)}`);
    } else lines.push(`【${SECTION_NAMES[key] ?? key}】`);
    for (const f of findings) {
      const where = whereOf(doc, f);
      lines.push(
        `  ${SEVERITY_MARKS[f.severity]} ${SEVERITY_LABELS[f.severity]} ${f.ruleId} ${ruleTitle(f.ruleId)}${where}`,
      );
      lines.push(`      ${f.message}`);
      if (f.suggestion !== null) lines.push(`      建议：${f.suggestion}`);
    }
    lines.push("");
  }
  const clean = report.projects.filter((p) => p.verdict.grade === "优").map((p) => p.name);
  if (clean.length > 0) lines.push(`未发现问题的项目：${clean.join("、")}`);
  if (report.findings.length === 0) lines.push("未发现问题。");
  return lines.join("\n");
}

function verdictLine(v: Verdict): string {
  return `${v.grade}（错误 ${v.counts.error}，警告 ${v.counts.warning}，提示 ${v.counts.info}）`;
}

function whereOf(doc: PerformanceDocument, f: Finding): string {
  const k = f.location.indicatorIndex;
  if (k === undefined) return "";
  const name = findFindingIndicator(doc, f)?.name;
  return ` · 第${k + 1}行${name ? `“${name}”` : ""}`;
}
