import type { PerformanceDocument } from "@jixiao/core";
import { layoutDocument } from "./layout/layout-document.ts";

/** The official Word document of a jixiao/v1 document (绩效文本, 自评表 or 部门整体绩效目标表, by its kind). */
export async function writeDocx(options: { document: PerformanceDocument }): Promise<Uint8Array> {
  // Loaded on first use: the docx/exceljs packages are heavy and most users of this package only read.
  const { renderDocx } = await import("./render-docx.ts");
  return renderDocx(layoutDocument(options.document));
}
