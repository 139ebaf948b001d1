import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { readDocx } from "../docx/read-docx.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { encryptedFile, isEncryptedOle } from "../zip-guard/open-office-package.ts";
import { sniffBytes } from "../zip-guard/sniff-bytes.ts";
import { convertWithSoffice } from "./run-soffice.ts";

export type LegacyKind = "doc" | "xls";

/**
 * Old binary Word/Excel files (.doc/.xls, also WPS .wps/.et): converted by LibreOffice to .docx/.xlsx and read
 * by the same readers. Without LibreOffice: JixiaoError "unavailable" with a Chinese explanation.
 */
export async function readLegacy(bytes: Uint8Array, kind: LegacyKind): Promise<Block[]> {
  if (sniffBytes(bytes) !== "ole") {
    throw new JixiaoError("unsupported_format", `not an OLE file (${kind})`, {
      userMessage: `该文件不是旧版 ${kind === "doc" ? "Word (.doc)" : "Excel (.xls)"} 文件。`,
    });
  }
  // An encrypted .docx/.xlsx is an OLE container too: refuse it here rather than hand it to LibreOffice (or say
  // that LibreOffice is missing, when the real trouble is the password).
  if (isEncryptedOle(bytes)) throw encryptedFile();
  const converted = await convertWithSoffice({
    bytes,
    inputExt: kind,
    to: kind === "doc" ? "docx:MS Word 2007 XML" : "xlsx:Calc MS Excel 2007 XML",
    timeoutMs: 120_000,
  });
  return kind === "doc" ? readDocx(converted) : readXlsx(converted);
}

export const readDoc = (bytes: Uint8Array): Promise<Block[]> => readLegacy(bytes, "doc");
export const readXls = (bytes: Uint8Array): Promise<Block[]> => readLegacy(bytes, "xls");
