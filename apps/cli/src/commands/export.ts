import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { PerformanceDocument } from "@jixiao/core";
import { isJixiaoError, parseDocument } from "@jixiao/core";
import { readDocument, writeDocx, writePdf, writeXlsx } from "@jixiao/documents";
import { type Command, EXIT } from "../command.ts";

const FORMATS = { docx: writeDocx, xlsx: writeXlsx, pdf: writePdf } as const;
type Format = keyof typeof FORMATS;

const USAGE = [
  "用法 / usage: jixiao export FILE --to docx|xlsx|pdf [--out OUT]",
  "  读取绩效文档（文本、.docx、.xlsx、.pdf、.doc/.xls 或 jixiao/v1 JSON），按官方版式写出 Word、Excel 或 PDF。",
  "  PDF 需要服务器安装 LibreOffice。默认输出到与输入同名、扩展名为目标格式的文件。",
  "  Reads any supported document and writes the official .docx / .xlsx / .pdf (PDF needs LibreOffice).",
].join("\n");

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

async function load(file: string, bytes: Uint8Array): Promise<PerformanceDocument> {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart();
  if (extname(file).toLowerCase() === ".json" || (head.startsWith("{") && head.includes("jixiao/v1"))) {
    return parseDocument(JSON.parse(new TextDecoder().decode(bytes)));
  }
  return (await readDocument({ bytes, fileName: file })).document;
}

/** `jixiao export FILE --to docx|xlsx|pdf [--out OUT]`: read any supported input, write the official document. */
const exportCommand: Command = {
  name: "export",
  usage: "导出官方版式文档 / write the official document: jixiao export FILE --to docx|xlsx|pdf [--out OUT]",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const to = option(args, "--to");
    const out = option(args, "--out");
    const valued = new Set([to, out].filter((x) => x !== undefined));
    const files = args.filter((a, i) => !a.startsWith("--") && !(valued.has(a) && args[i - 1]?.startsWith("--")));
    const file = files[0];
    if (file === undefined || files.length > 1) {
      io.err(`需要且只需要一个输入文件 / exactly one FILE is needed\n${USAGE}`);
      return EXIT.badInput;
    }
    if (to === undefined || !(to in FORMATS)) {
      io.err(`--to 必须是 docx、xlsx 或 pdf / --to must be docx, xlsx or pdf\n${USAGE}`);
      return EXIT.badInput;
    }
    const target = out ?? `${basename(file, extname(file))}.${to}`;
    if (target === file) {
      io.err("错误：输出文件与输入文件相同，请用 --out 指定其他文件名 / error: output would overwrite the input");
      return EXIT.badInput;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      io.err(
        `错误：无法读取文件 ${file} / error: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? "unknown"})`,
      );
      return EXIT.badInput;
    }
    try {
      const document = await load(file, bytes);
      const written = await FORMATS[to as Format]({ document });
      await writeFile(target, written);
      io.out(`已写出 ${target}（${to.toUpperCase()}，${written.byteLength} 字节）/ wrote ${target}`);
      return EXIT.ok;
    } catch (e) {
      if (isJixiaoError(e)) {
        io.err(`错误：${e.userMessage} / error: ${e.code}: ${e.message}`);
        return e.code === "unavailable" ? EXIT.failure : EXIT.badInput;
      }
      if (e instanceof SyntaxError) {
        io.err(`错误：JSON 格式不正确 / error: invalid JSON: ${e.message}`);
        return EXIT.badInput;
      }
      throw e;
    }
  },
};

export default exportCommand;
