import { JixiaoError, type PerformanceDocument, parseDocument } from "@jixiao/core";

import type { ReadWarning } from "@jixiao/documents";

export type { ReadWarning };

export interface ReadOutcome {
  document: PerformanceDocument;
  warnings: ReadWarning[];
}

/**
 * An uploaded file as a document: a jixiao/v1 JSON file as it is, anything else through the documents front door
 * (loaded on first use, which keeps start-up short). A reader failure nobody foresaw is a malformed file, not a 500.
 */
export async function readUpload(input: { bytes: Uint8Array; fileName?: string }): Promise<ReadOutcome> {
  const json = asJixiaoJson(input.bytes);
  if (json !== undefined) return { document: parseDocument(json), warnings: [] };
  const { readDocument } = await import("@jixiao/documents");
  let result: ReadOutcome;
  try {
    result = await readDocument(input);
  } catch (e) {
    if (e instanceof JixiaoError) throw e;
    throw new JixiaoError("malformed_file", `reader failed: ${e instanceof Error ? e.message : String(e)}`, {
      userMessage: "无法读取该文件，文件可能已损坏或格式不受支持",
      cause: e,
    });
  }
  // The reader promises a valid document; check anyway, nothing unvalidated reaches the database.
  return { document: parseDocument(result.document), warnings: result.warnings };
}

/** A file that is a JSON object with `"format": "jixiao/v1"`; undefined for anything else. */
function asJixiaoJson(bytes: Uint8Array): unknown {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b) return undefined; // "{"
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i)));
    if (value && typeof value === "object" && (value as { format?: unknown }).format === "jixiao/v1") return value;
  } catch {
    return undefined;
  }
  return undefined;
}
