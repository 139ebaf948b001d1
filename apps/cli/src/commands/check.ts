import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  builtInRulePacks,
  type CheckReport,
  checkDocument,
  type Finding,
  findFindingIndicator,
  getRulePack,
  isJixiaoError,
  loadRulePack,
  type PerformanceDocument,
  parseDocument,
  type RulePack,
  ruleTitle,
  SEVERITY_LABELS,
  type Verdict,
} from "@jixiao/core";
import { detectAndDecode, type ReadResult, readDocument } from "@jixiao/documents";
import { type Command, EXIT, type Io } from "../command.ts";

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
    if (args.includes("--help") || args.includes("-h")) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const parsed = parseArgs(args);
    if (typeof parsed === "string") {
      io.err(`${parsed}\n${USAGE}`);
      return EXIT.badInput;
    }
    const pack = await resolvePack(parsed.pack, io);
    if (pack === null) return EXIT.badInput;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(parsed.file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(`错误：无法读取文件 ${parsed.file} / error: cannot read ${parsed.file} (${code ?? "unknown"})`);
      return EXIT.badInput;
    }
    let input: { document: PerformanceDocument; result: ReadResult | null; text: string | undefined };
    try {
      input = await readInput(parsed.file, bytes);
    } catch (e) {
      if (isJixiaoError(e)) {
        io.err(`错误：${e.userMessage} / error: ${e.code}: ${e.message}`);
        return e.code === "unavailable" ? EXIT.failure : EXIT.badInput;
      }
      throw e;
    }
    const options: Parameters<typeof checkDocument>[0] = { document: input.document, pack };
    if (input.text !== undefined) options.sourceText = input.text;
    if (input.result !== null) options.readWarnings = input.result.warnings;
    const report = checkDocument(options);
    io.out(parsed.json ? JSON.stringify(report, null, 2) : formatReport(parsed.file, input.document, report));
    return report.verdict.counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};

export default checkCommand;

function parseArgs(args: string[]): { file: string; json: boolean; pack: string } | string {
  let json = false;
  let pack = "national";
  const files: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === "--json") json = true;
    else if (a === "--pack") {
      const v = args[++k];
      if (v === undefined) return "--pack 需要规则包编号或文件 / --pack needs an id or a file";
      pack = v;
    } else if (a.startsWith("--pack=")) pack = a.slice("--pack=".length);
    else if (a.startsWith("--")) return `未知选项 ${a} / unknown option ${a}`;
    else files.push(a);
  }
  const file = files[0];
  if (file === undefined || files.length > 1) return "需要且只需要一个文件 / exactly one FILE is needed";
  return { file, json, pack };
}

async function resolvePack(spec: string, io: Io): Promise<RulePack | null> {
  try {
    if (spec.endsWith(".json") || existsSync(spec)) {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(spec, "utf8"));
      } catch (e) {
        io.err(
          `错误：无法读取规则包文件 ${spec}（${e instanceof Error ? e.message : String(e)}）/ error: cannot read rule pack`,
        );
        return null;
      }
      return loadRulePack(json, { parents: builtInRulePacks() });
    }
    return getRulePack(spec);
  } catch (e) {
    if (isJixiaoError(e)) {
      io.err(`错误：${e.userMessage} / error: ${e.code}: ${e.message}`);
      return null;
    }
    throw e;
  }
}

/** A jixiao/v1 JSON file is taken as is; anything else goes through the reading front door. */
async function readInput(
  file: string,
  bytes: Uint8Array,
): Promise<{ document: PerformanceDocument; result: ReadResult | null; text: string | undefined }> {
  const text = textOf(bytes);
  if (text?.trimStart().startsWith("{")) {
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (json !== null && typeof json === "object" && (json as { format?: unknown }).format === "jixiao/v1") {
      return { document: parseDocument(json), result: null, text: undefined };
    }
  }
  const result = await readDocument({ bytes, fileName: file });
  return { document: result.document, result, text };
}

/** The decoded text of a text file (for template placeholders outside the model); undefined for binary formats. */
function textOf(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 4);
  const zipOrPdfOrOle =
    (head[0] === 0x50 && head[1] === 0x4b) ||
    (head[0] === 0x25 && head[1] === 0x50) ||
    (head[0] === 0xd0 && head[1] === 0xcf);
  if (zipOrPdfOrOle) return undefined;
  try {
    return detectAndDecode(bytes).text;
  } catch {
    return undefined;
  }
}

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
