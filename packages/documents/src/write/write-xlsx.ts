import type { PerformanceDocument } from "@jixiao/core";
import { layoutDocument } from "./layout/layout-document.ts";

/** The same official tables as .xlsx: one sheet per project plus a summary sheet (or the one table of the kind). */
export async function writeXlsx(options: { document: PerformanceDocument }): Promise<Uint8Array> {
  // Loaded on first use: the docx/exceljs packages are heavy and most users of this package only read.
  const { renderXlsx } = await import("./render-xlsx.ts");
  return renderXlsx(layoutDocument(options.document));
}
