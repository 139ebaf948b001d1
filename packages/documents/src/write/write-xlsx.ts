import type { PerformanceDocument } from "@jixiao/core";
import { layoutDocument } from "./layout/layout-document.ts";
import { renderXlsx } from "./render-xlsx.ts";

/** The same official tables as .xlsx: one sheet per project plus a summary sheet (or the one table of the kind). */
export async function writeXlsx(options: { document: PerformanceDocument }): Promise<Uint8Array> {
  return renderXlsx(layoutDocument(options.document));
}
