import type { PerformanceDocument } from "@jixiao/core";
import { convertWithSoffice } from "../legacy/run-soffice.ts";
import { writeDocx } from "./write-docx.ts";

/**
 * The official document as PDF: the .docx rendered by LibreOffice, which embeds the (aliased) Chinese fonts.
 * Without LibreOffice: JixiaoError "unavailable".
 */
export async function writePdf(options: { document: PerformanceDocument }): Promise<Uint8Array> {
  const docx = await writeDocx(options);
  return convertWithSoffice({ bytes: docx, inputExt: "docx", to: "pdf:writer_pdf_Export", timeoutMs: 180_000 });
}
