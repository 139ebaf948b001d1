/**
 * The front door: any file → jixiao/v1 document. Sniffs the bytes (never trusts the file name alone): zip → .docx
 * or .xlsx reader, %PDF → PDF reader, OLE2 → legacy .doc/.xls through LibreOffice, otherwise text in UTF-8,
 * GB18030 or UTF-16. Every format reader only produces blocks; `understandBlocks` finds the document in them.
 * Unreadable input throws JixiaoError (not_a_document / unsupported_format / malformed_file / hostile_file).
 */
import { JixiaoError } from "@jixiao/core";
import type { Block } from "./blocks.ts";
import { detectAndDecode } from "./text/decode-text.ts";
import { textToBlocks } from "./text/text-to-blocks.ts";
import type { ReadResult } from "./understand/read-result.ts";
import { understandBlocks } from "./understand/understand-blocks.ts";
import { sniffBytes } from "./zip-guard/sniff-bytes.ts";

/** Text → document (the text is already decoded). */
export function readText(text: string): ReadResult {
  if (text.trim() === "") throw empty();
  if (looksBinary(text)) throw binary();
  return understandBlocks(textToBlocks(text));
}

export async function readDocument(input: { bytes: Uint8Array; fileName?: string }): Promise<ReadResult> {
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw empty();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase() ?? null;
  const kind = sniffBytes(bytes);
  const result = await readByKind(kind, bytes, ext);
  const mismatch = extensionMismatch(kind, ext);
  if (mismatch !== null) result.warnings.unshift({ code: "extension_mismatch", message: mismatch });
  return result;
}

/** Files are read by what their bytes are; a name that says otherwise is reported, not obeyed. */
function extensionMismatch(kind: ReturnType<typeof sniffBytes>, ext: string | null): string | null {
  const office = ext === "docx" || ext === "xlsx" || ext === "doc" || ext === "xls" || ext === "pdf";
  if (!office) return null;
  const actual =
    kind === "pdf" ? "PDF" : kind === "zip" ? "Office (.docx/.xlsx)" : kind === "ole" ? "旧版 Office" : "文本";
  const fits =
    (kind === "pdf" && ext === "pdf") ||
    (kind === "zip" && (ext === "docx" || ext === "xlsx")) ||
    (kind === "ole" && (ext === "doc" || ext === "xls"));
  return fits ? null : `文件扩展名为 .${ext}，但内容是${actual}文件，已按实际内容读取。`;
}

async function readByKind(
  kind: ReturnType<typeof sniffBytes>,
  bytes: Uint8Array,
  ext: string | null,
): Promise<ReadResult> {
  if (kind === "zip") {
    const office = zipKind(bytes, ext);
    if (office === null) {
      throw new JixiaoError("unsupported_format", "zip archive that is neither .docx nor .xlsx", {
        userMessage: "这是一个压缩包，但不是 Word (.docx) 或 Excel (.xlsx) 文件，无法读取。",
      });
    }
    return understandBlocks(await officeBlocks(office, bytes));
  }
  if (kind === "pdf") return understandBlocks(await officeBlocks("pdf", bytes));
  if (kind === "ole") return understandBlocks(await officeBlocks(ext === "xls" || ext === "et" ? "xls" : "doc", bytes));
  const decoded = detectAndDecode(bytes);
  // UTF-16 bytes look like binary byte by byte; judge them by their decoded text (readText does)
  if (!decoded.encoding.startsWith("utf-16") && hasBinaryBytes(bytes)) throw binary();
  return readText(decoded.text);
}

function empty(): JixiaoError {
  return new JixiaoError("not_a_document", "empty input", { userMessage: "文件是空的，没有可读取的内容。" });
}

function binary(): JixiaoError {
  return new JixiaoError("not_a_document", "binary data, not a text document", {
    userMessage: "这不是可识别的文档：文件内容是二进制数据，不是文本、Word、Excel 或 PDF 文件。",
  });
}

/**
 * Binary: NUL bytes that are not the regular pattern of UTF-16, or many C0 control bytes. Checked on the first
 * 64 KB; text in any of our encodings has neither.
 */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  let control = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (nul > 0) {
    const oddNul = nul - evenNul;
    const regular = Math.min(evenNul, oddNul) <= Math.max(evenNul, oddNul) * 0.05;
    if (!regular) return true;
  }
  return control > n * 0.02;
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > n * 0.02;
}

/** .docx or .xlsx: the part names of the zip directory say which (they are stored uncompressed). */
function zipKind(bytes: Uint8Array, ext: string | null): "docx" | "xlsx" | null {
  const names = new TextDecoder("latin1").decode(bytes.length > 4_000_000 ? bytes.subarray(-1_000_000) : bytes);
  if (names.includes("word/document")) return "docx";
  if (names.includes("xl/workbook")) return "xlsx";
  // Parts named otherwise (a main part elsewhere, per the package relationships): the extension decides.
  if (ext === "docx" || ext === "wps" || ext === "docm") return "docx";
  if (ext === "xlsx" || ext === "xlsm" || ext === "et") return "xlsx";
  return null;
}

type OfficeKind = "docx" | "xlsx" | "pdf" | "doc" | "xls";

/** Format readers of the office team, loaded on demand: a missing one is "unsupported", not a crash. */
const READERS: Record<OfficeKind, { module: string; names: string[]; label: string }> = {
  docx: { module: "./docx/index.ts", names: ["readDocx"], label: "Word (.docx)" },
  xlsx: { module: "./xlsx/index.ts", names: ["readXlsx"], label: "Excel (.xlsx)" },
  pdf: { module: "./pdf/index.ts", names: ["readPdf"], label: "PDF" },
  doc: { module: "./legacy/index.ts", names: ["readDoc", "readLegacyDoc"], label: "旧版 Word (.doc)" },
  xls: { module: "./legacy/index.ts", names: ["readXls", "readLegacyXls"], label: "旧版 Excel (.xls)" },
};

type BlockReader = (bytes: Uint8Array) => Promise<Block[]> | Block[];

async function officeBlocks(kind: OfficeKind, bytes: Uint8Array): Promise<Block[]> {
  const spec = READERS[kind];
  let mod: Record<string, unknown> | null = null;
  try {
    mod = (await import(/* @vite-ignore */ new URL(spec.module, import.meta.url).href)) as Record<string, unknown>;
  } catch {
    mod = null;
  }
  const fn = spec.names.map((n) => mod?.[n]).find((f): f is BlockReader => typeof f === "function");
  if (!fn && (kind === "doc" || kind === "xls")) return legacyBlocks(kind, bytes);
  if (!fn) {
    throw new JixiaoError("unsupported_format", `no reader for ${kind}`, {
      userMessage: `暂不支持读取 ${spec.label} 文件，请另存为 .docx、.xlsx 或文本文件后再导入。`,
    });
  }
  return fn(bytes);
}

/** .doc / .xls: converted to .docx / .xlsx by LibreOffice (JixiaoError "unavailable" when it is not installed). */
async function legacyBlocks(kind: "doc" | "xls", bytes: Uint8Array): Promise<Block[]> {
  const { convertWithSoffice } = await import("./legacy/run-soffice.ts");
  const to = kind === "doc" ? "docx" : "xlsx";
  const converted = await convertWithSoffice({ bytes, inputExt: kind, to });
  return officeBlocks(to, converted);
}
