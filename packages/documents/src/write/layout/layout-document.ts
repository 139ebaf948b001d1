import type { PerformanceDocument } from "@jixiao/core";
import { layoutPerformanceText } from "./layout-performance-text.ts";
import type { LDocument } from "./types.ts";

/** Picks the official layout for the document's kind. */
export function layoutDocument(doc: PerformanceDocument): LDocument {
  return layoutPerformanceText(doc);
}
