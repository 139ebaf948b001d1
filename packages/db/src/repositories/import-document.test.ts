import { isJixiaoError, type PerformanceDocument } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { listDocuments } from "./documents.ts";
import { importDocument } from "./import-document.ts";
import { listProjects } from "./projects.ts";
import { createRegion, listDepartments } from "./regions.ts";
import { getSourceFile, getSourceFileInfo, listSourceFiles, saveSourceFile } from "./source-files.ts";

const database = useTestDatabase();
const db = () => database().db;
let regionId: string;
let otherId: string;

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "i1", name: "甲区" })).id;
  otherId = (await createRegion(db(), { code: "i2", name: "乙区" })).id;
});

describe("importDocument", () => {
  it("stores file, department, document and rows together", async () => {
    const bytes = new TextEncoder().encode("项目支出绩效目标表……");
    const stored = await importDocument(db(), {
      regionId,
      document: sampleDocument({ department: "唐山市路南区教育局" }),
      file: { fileName: "目标表.txt", bytes, mediaType: "text/plain" },
    });
    expect(stored.record.departmentId).not.toBeNull();
    expect((await listDepartments(db(), { regionId })).map((d) => d.name)).toContain("唐山市路南区教育局");
    expect(stored.sourceFile).toMatchObject({ fileName: "目标表.txt", size: bytes.byteLength });
    expect(stored.record.sourceFileId).toBe(stored.sourceFile?.id);
    const file = await getSourceFile(db(), { regionId, id: stored.sourceFile?.id ?? "" });
    expect(Array.from(file?.bytes ?? [])).toEqual(Array.from(bytes));
    expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await listProjects(db(), { regionId, documentId: stored.record.id })).toHaveLength(2);
    const [audit] = (await listDocuments(db(), { regionId })).items;
    expect(audit?.id).toBe(stored.record.id);
  });

  it("is all-or-nothing: a failure after the file was stored leaves no file, department or document", async () => {
    const before = {
      docs: (await listDocuments(db(), { regionId })).total,
      files: (await listSourceFiles(db(), { regionId })).length,
      departments: (await listDepartments(db(), { regionId })).length,
    };
    const bad = { ...sampleDocument({ department: "新部门" }), kind: "nonsense" } as unknown as PerformanceDocument;
    const err = await importDocument(db(), {
      regionId,
      document: bad,
      file: { fileName: "bad.txt", bytes: new Uint8Array([1, 2, 3]) },
    }).catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("invalid_document");
    expect({
      docs: (await listDocuments(db(), { regionId })).total,
      files: (await listSourceFiles(db(), { regionId })).length,
      departments: (await listDepartments(db(), { regionId })).length,
    }).toEqual(before);
  });
});

describe("source files", () => {
  it("are kept byte for byte and scoped by region", async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 0x50, 0x4b]);
    const info = await saveSourceFile(db(), { regionId, fileName: "a.docx", bytes });
    expect(info).not.toHaveProperty("bytes");
    expect(Array.from((await getSourceFile(db(), { regionId, id: info.id }))?.bytes ?? [])).toEqual(Array.from(bytes));
    expect(await getSourceFile(db(), { regionId: otherId, id: info.id })).toBeNull();
    expect(await getSourceFileInfo(db(), { regionId: otherId, id: info.id })).toBeNull();
    expect(await listSourceFiles(db(), { regionId: otherId })).toEqual([]);
  });
});
