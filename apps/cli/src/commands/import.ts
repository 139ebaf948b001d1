import { readFile } from "node:fs/promises";
import type { PerformanceDocument } from "@jixiao/core";
import { isJixiaoError } from "@jixiao/core";
import { type ReadResult, readDocument } from "@jixiao/documents";
import { type Command, EXIT } from "../command.ts";

const KIND_NAMES: Record<PerformanceDocument["kind"], string> = {
  "performance-text": "部门预算绩效文本",
  "department-targets": "部门整体绩效目标表",
  "project-targets": "项目支出绩效目标表",
  "self-evaluation": "绩效自评表",
  monitoring: "绩效运行监控表",
};

const USAGE = [
  "用法 / usage: jixiao import FILE [--json]",
  "  读取绩效文档（文本 UTF-8/GB18030/UTF-16、.docx、.xlsx、.pdf），打印摘要；--json 打印 jixiao/v1 文档。",
  "  Reads a performance document and prints a summary; --json prints the jixiao/v1 document.",
].join("\n");

/** `jixiao import FILE [--json]`: read one document with the front door, print it or a Chinese summary. */
const importCommand: Command = {
  name: "import",
  usage: "读取绩效文档并显示摘要或 JSON / read a document: jixiao import FILE [--json]",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const json = args.includes("--json");
    const files = args.filter((a) => !a.startsWith("--"));
    const file = files[0];
    if (file === undefined || files.length > 1) {
      io.err(`需要且只需要一个文件 / exactly one FILE is needed\n${USAGE}`);
      return EXIT.badInput;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        code === "EISDIR"
          ? `错误：${file} 是目录，不是文件 / error: ${file} is a directory`
          : `错误：无法读取文件 ${file} / error: cannot read ${file} (${code ?? "unknown"})`,
      );
      return EXIT.badInput;
    }
    let result: ReadResult;
    try {
      result = await readDocument({ bytes, fileName: file });
    } catch (e) {
      if (isJixiaoError(e)) {
        io.err(`错误：${e.userMessage} / error: ${e.code}: ${e.message}`);
        return e.code === "unavailable" ? EXIT.failure : EXIT.badInput;
      }
      io.err(`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.failure;
    }
    io.out(json ? JSON.stringify(result.document, null, 2) : summarize(file, result));
    return EXIT.ok;
  },
};

export default importCommand;

export function summarize(file: string, result: ReadResult): string {
  const d = result.document;
  const lines: string[] = [
    `文件：${file}`,
    `类型：${KIND_NAMES[d.kind]}（${d.kind}）`,
    `标题：${d.title ?? "（无）"}`,
    `年度：${d.year ?? "（未写明）"}`,
    `部门：${d.department ? `${d.department.code ?? ""}${d.department.name}` : "（未写明）"}`,
    `金额单位：${d.amountUnit}`,
  ];
  if (d.overall) {
    lines.push(
      `部门整体绩效目标：总体目标${d.overall.summary ? "有" : "无"}，分项目标 ${d.overall.items.length} 项，保障措施 ${d.overall.safeguards.length} 条`,
    );
  }
  if (d.departmentTable) {
    const t = d.departmentTable;
    lines.push(
      `部门整体绩效目标表：长期指标 ${t.longTerm?.indicators.length ?? 0} 项，年度指标 ${t.annual?.indicators.length ?? 0} 项`,
    );
  }
  if (d.evaluation) {
    const e = d.evaluation;
    lines.push(
      `自评：指标 ${e.indicators.length} 项，总分 ${e.totalWeight ?? "—"}，得分 ${e.totalScore ?? "—"}，等级 ${e.grade ?? "—"}`,
    );
  }
  lines.push(`项目：${d.projects.length} 个`);
  d.projects.forEach((p, i) => {
    const code = p.code ? ` [${p.code}]` : " [无项目编码]";
    const amount = p.budget?.total !== null && p.budget?.total !== undefined ? `${p.budget.total}${d.amountUnit}` : "—";
    lines.push(`  ${i + 1}. ${p.name || "（无名称）"}${code}  预算 ${amount}  指标 ${p.indicators.length} 项`);
  });
  if (result.warnings.length > 0) {
    lines.push(`提示 ${result.warnings.length} 条 / warnings:`);
    for (const w of result.warnings) {
      const where = w.source?.line ? `（所在表格或段落始于第${w.source.line}行）` : "";
      lines.push(`  - [${w.code}] ${w.message}${where}`);
    }
  }
  return lines.join("\n");
}
