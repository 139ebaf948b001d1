import type { PerformanceDocument } from "@jixiao/core";

/**
 * Export formats of a stored document. One entry per format; the office team adds Word / Excel here, each calling
 * its writer in packages/documents/src/write/ — the route and use case need no change.
 */
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
};
