import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { sampleDocument } from "../testing.ts";
import { createDocument, deleteDocument } from "./documents.ts";
import { importDocument } from "./import-document.ts";
import { regionOverview } from "./overview.ts";
import { getProject, listDepartmentProjects, listProjects } from "./projects.ts";
import { createRegion } from "./regions.ts";
import { transitionDocument } from "./workflow.ts";

const database = useTestDatabase();
const db = () => database().db;
let regionId: string;
let otherId: string;

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "p1", name: "甲区" })).id;
  otherId = (await createRegion(db(), { code: "p2", name: "乙区" })).id;
});

describe("project reads", () => {
  it("reads a project with its indicators in order, scoped by region", async () => {
    const { record } = await createDocument(db(), { regionId, document: sampleDocument({ indicators: 4 }) });
    const [first] = await listProjects(db(), { regionId, documentId: record.id });
    const read = await getProject(db(), { regionId, id: first?.id ?? "" });
    expect(read?.project.name).toBe("科技创新项目1");
    expect(read?.indicators.map((i) => i.name)).toEqual([
      "孵化企业数量1",
      "孵化企业数量2",
      "孵化企业数量3",
      "孵化企业数量4",
    ]);
    expect(await getProject(db(), { regionId: otherId, id: first?.id ?? "" })).toBeNull();
    expect(await listProjects(db(), { regionId: otherId, documentId: record.id })).toEqual([]);
  });
});

describe("region overview and department page", () => {
  it("counts documents and projects and sums budgets in 元 by department and state, exactly", async () => {
    const a = await importDocument(db(), { regionId, document: sampleDocument({ year: 2040, department: "甲局" }) });
    await importDocument(db(), { regionId, document: sampleDocument({ year: 2040, department: "甲局", projects: 1 }) });
    const other = { code: "307", name: "乙局" };
    const yuan = { ...sampleDocument({ year: 2040, projects: 1 }), amountUnit: "元" as const, department: other };
    await importDocument(db(), { regionId, document: yuan });
    const gone = await importDocument(db(), {
      regionId,
      document: { ...sampleDocument({ year: 2040 }), department: other },
    });
    await deleteDocument(db(), { regionId, id: gone.record.id, expectedVersion: 1 });
    await transitionDocument(db(), { regionId, id: a.record.id, from: "draft", to: "submitted", action: "submit" });
    const rows = await regionOverview(db(), { regionId, year: 2040 });
    expect(rows.map((r) => [r.departmentName, r.state, r.documents, r.projects, r.budgetYuan])).toEqual([
      ["乙局", "draft", 1, 1, "708.44"],
      ["甲局", "draft", 1, 1, "7084400"],
      ["甲局", "submitted", 1, 2, "14168800"],
    ]);
    expect(await regionOverview(db(), { regionId: otherId, year: 2040 })).toEqual([]);
    const page = await listDepartmentProjects(db(), {
      regionId,
      departmentId: a.record.departmentId ?? "",
      year: 2040,
    });
    expect(page).toHaveLength(3);
    expect(page.every((p) => p.indicatorCount === 3)).toBe(true);
    expect(page.filter((p) => p.documentState === "submitted")).toHaveLength(2);
    expect(
      await listDepartmentProjects(db(), { regionId: otherId, departmentId: a.record.departmentId ?? "", year: 2040 }),
    ).toEqual([]);
  });
});
