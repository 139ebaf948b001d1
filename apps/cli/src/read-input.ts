import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  builtInRulePacks,
  getRulePack,
  isJixiaoError,
  loadRulePack,
  type PerformanceDocument,
  parseDocument,
  type RulePack,
} from "@jixiao/core";
import { detectAndDecode, type ReadResult, readDocument } from "@jixiao/documents";
import { EXIT, type Io } from "./command.ts";

/** A document as a command reads it: the model, and what the reader said and saw when it was not JSON. */
export interface DocumentInput {
  document: PerformanceDocument;
  result: ReadResult | null;
  text: string | undefined;
}

/** `--pack ID|FILE.json`: a built-in pack by id or an administrator's pack file; null (message printed) when invalid. */
export async function resolvePack(spec: string, io: Io): Promise<RulePack | null> {
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
export async function readInput(file: string, bytes: Uint8Array): Promise<DocumentInput> {
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

/** FILE [--json] [--pack ID|FILE.json], as `check` and `score` take them. */
export function parseArgs(args: string[]): { file: string; json: boolean; pack: string } | string {
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

/**
 * Parses FILE [--json] [--pack …], loads the pack and reads the document. Otherwise returns the exit code: 0 after
 * printing the usage for --help; on failure, after printing the reason in Chinese and English, 2 for input that cannot
 * be read, 3 when a needed program is missing.
 */
export async function openInput(
  args: string[],
  io: Io,
  usage: string,
): Promise<{ file: string; json: boolean; pack: RulePack; input: DocumentInput } | number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(usage);
    return EXIT.ok;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.err(`${parsed}\n${usage}`);
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
  try {
    return { file: parsed.file, json: parsed.json, pack, input: await readInput(parsed.file, bytes) };
  } catch (e) {
    if (isJixiaoError(e)) {
      io.err(`错误：${e.userMessage} / error: ${e.code}: ${e.message}`);
      return e.code === "unavailable" ? EXIT.failure : EXIT.badInput;
    }
    throw e;
  }
}
