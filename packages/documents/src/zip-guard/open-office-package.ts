import { JixiaoError } from "@jixiao/core";
import { openZip, type ZipArchive, type ZipLimits } from "./open-zip.ts";
import { sniffBytes } from "./sniff-bytes.ts";

export type OfficeKind = "docx" | "xlsx";

const label: Record<OfficeKind, string> = { docx: "Word（.docx）", xlsx: "Excel（.xlsx）" };
const mainPart: Record<OfficeKind, string> = { docx: "word/document.xml", xlsx: "xl/workbook.xml" };

/** True when an OLE compound file holds an encrypted OOXML package (its directory names "EncryptionInfo"). */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = "EncryptionInfo";
  const limit = Math.min(bytes.byteLength, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** The refusal of a password-protected file, whichever reader meets it first. */
export function encryptedFile(): JixiaoError {
  return new JixiaoError("unsupported_format", "encrypted (password-protected) Office file", {
    userMessage: "文件设有打开密码（已加密），无法读取，请取消密码保护后再上传。",
  });
}

/**
 * Opens a .docx / .xlsx after checking that it is one: a PDF, an old binary file, a password-protected file or
 * a zip of something else each gets its own clear refusal.
 */
export function openOfficePackage(bytes: Uint8Array, kind: OfficeKind, limits?: ZipLimits): ZipArchive {
  const sniffed = sniffBytes(bytes);
  if (sniffed === "pdf") {
    throw new JixiaoError("unsupported_format", `expected ${kind}, got a PDF`, {
      userMessage: `该文件实际是 PDF 文件，并不是${label[kind]}文件，请修改扩展名或按 PDF 上传。`,
    });
  }
  if (sniffed === "ole") {
    if (isEncryptedOle(bytes)) throw encryptedFile();
    throw new JixiaoError("unsupported_format", `expected ${kind}, got a legacy OLE file`, {
      userMessage: `该文件是旧版 Office 格式（.doc/.xls），不是${label[kind]}文件。`,
      details: { legacy: true },
    });
  }
  if (sniffed !== "zip") {
    if (bytes.byteLength === 0) {
      throw new JixiaoError("malformed_file", "empty file", { userMessage: "文件为空。" });
    }
    throw new JixiaoError("unsupported_format", `expected ${kind}, bytes are not a zip`, {
      userMessage: `该文件不是有效的${label[kind]}文件。`,
    });
  }
  const zip = openZip(bytes, limits);
  if (!zip.has(mainPart[kind])) {
    const other: OfficeKind = kind === "docx" ? "xlsx" : "docx";
    if (zip.has(mainPart[other])) {
      throw new JixiaoError("unsupported_format", `expected ${kind}, got ${other}`, {
        userMessage: `该文件实际是${label[other]}文件，不是${label[kind]}文件。`,
      });
    }
    throw new JixiaoError("unsupported_format", `zip without ${mainPart[kind]}`, {
      userMessage: `该压缩文件不是${label[kind]}文件。`,
    });
  }
  return zip;
}
