import { JixiaoError, STATE_LABELS } from "@jixiao/core";
import {
  type Db,
  findRegionByCode,
  getDocument,
  listDepartments,
  listDocuments,
  listRegions,
  type Region,
} from "@jixiao/db";
import { type ExportedFile, exporterFor, writeExport } from "./export-document.ts";

/**
 * 公开: what anyone may read without an account — the regions, and each region's documents in the state 已公开
 * (published), to read and download. Nothing else of a region is answered, and a document that is not published
 * is "not found" to the public, so that its existence does not leak.
 */
export interface PublishedDocument {
  id: string;
  title: string | null;
  year: number | null;
  kind: string;
  department: string | null;
  version: number;
  publishedAt: string;
}

export async function listPublicRegions(db: Db): Promise<{ code: string; name: string }[]> {
  return (await listRegions(db)).map((r) => ({ code: r.code, name: r.name }));
}

export async function listPublishedDocuments(
  db: Db,
  options: { regionCode: string; year?: number },
): Promise<{ region: { code: string; name: string }; items: PublishedDocument[] }> {
  const region = await regionOf(db, options.regionCode);
  const [{ items }, departments] = await Promise.all([
    listDocuments(db, { regionId: region.id, state: "published", year: options.year, limit: 1000 }),
    listDepartments(db, { regionId: region.id }),
  ]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return {
    region: { code: region.code, name: region.name },
    items: items.map((d) => ({
      id: d.id,
      title: d.title,
      year: d.year,
      kind: d.kind,
      department: d.departmentId === null ? null : (names.get(d.departmentId) ?? null),
      version: d.version,
      publishedAt: d.updatedAt.toISOString(),
    })),
  };
}

export async function exportPublishedDocument(
  db: Db,
  options: { regionCode: string; id: string; format: string },
): Promise<ExportedFile> {
  const exporter = exporterFor(options.format);
  const region = await regionOf(db, options.regionCode);
  const stored = await getDocument(db, { regionId: region.id, id: options.id });
  if (stored === null || stored.record.state !== "published") {
    throw new JixiaoError("not_found", `no published document ${options.id}`, {
      userMessage: `没有找到该公开文档（只有“${STATE_LABELS.published}”的文档可以公开查阅）`,
    });
  }
  return writeExport(stored, exporter);
}

async function regionOf(db: Db, code: string): Promise<Region> {
  const region = await findRegionByCode(db, { code });
  if (region === null)
    throw new JixiaoError("not_found", `no region ${code}`, { userMessage: `没有找到地区“${code}”` });
  return region;
}
