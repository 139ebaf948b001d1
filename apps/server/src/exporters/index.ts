import type { PerformanceDocument } from "@jixiao/core";

/**
 * Export formats of a stored document. One entry per format; the office team adds Word / Excel here, each calling
 * its writer in packages/documents/src/write/ — the route and use case need no change. The writers are loaded on
 * first use, so starting the server does not pay for them.
 */
const writers = () => import("@jixiao/documents");
export interface Exporter {
  label: string;
  mediaType: string;
  extension: string;
  write(document: PerformanceDocument): Promise<Uint8Array>;
}

export const exporters: Record<string, Exporter> = {
  json: {
    label: "jixiao/v1 JSON",
    mediaType: "application/json; charset=utf-8",
    extension: "json",
    write: async (document) => new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`),
  },
  docx: {
    label: "Word (.docx)",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    write: async (document) => (await writers()).writeDocx({ document }),
  },
  xlsx: {
    label: "Excel (.xlsx)",
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    write: async (document) => (await writers()).writeXlsx({ document }),
  },
  // Needs LibreOffice on the server; without it the writer throws "unavailable" (503 with a Chinese message).
  pdf: {
    label: "PDF",
    mediaType: "application/pdf",
    extension: "pdf",
    write: async (document) => (await writers()).writePdf({ document }),
  },
};
