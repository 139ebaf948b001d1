import { isJixiaoError } from "@jixiao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test-database.ts";
import { listAudit } from "./audit.ts";
import {
  createDepartment,
  createRegion,
  createUnit,
  findOrCreateDepartment,
  findOrCreateUnit,
  findRegionByCode,
  getDepartment,
  getRegion,
  listDepartments,
  listRegions,
  listUnits,
  listYears,
  upsertYear,
} from "./regions.ts";

const db = () => database().db;
const database = useTestDatabase();
let regionId: string;
let otherId: string;

beforeAll(async () => {
  regionId = (await createRegion(db(), { code: "130202", name: "唐山市路南区" })).id;
  otherId = (await createRegion(db(), { code: "120000", name: "天津市" })).id;
});

describe("regions, departments, units, years", () => {
  it("creates and finds regions, with an audit entry", async () => {
    expect((await getRegion(db(), { regionId }))?.name).toBe("唐山市路南区");
    expect((await findRegionByCode(db(), { code: "120000" }))?.id).toBe(otherId);
    expect(await findRegionByCode(db(), { code: "nope" })).toBeNull();
    expect((await listRegions(db())).map((r) => r.code)).toEqual(["120000", "130202"]);
    const [audit] = await listAudit(db(), { regionId, entity: "region" });
    expect(audit?.after).toMatchObject({ code: "130202" });
  });

  it("keeps departments per region and finds or creates them by name or code", async () => {
    const d = await createDepartment(db(), { regionId, code: "306", name: "科学技术局" });
    expect((await findOrCreateDepartment(db(), { regionId, name: "科学技术局" })).id).toBe(d.id);
    expect((await findOrCreateDepartment(db(), { regionId, code: "306", name: "科技局" })).id).toBe(d.id);
    const other = await findOrCreateDepartment(db(), { regionId: otherId, name: "科学技术局" });
    expect(other.id).not.toBe(d.id);
    expect(await getDepartment(db(), { regionId: otherId, id: d.id })).toBeNull();
    expect((await listDepartments(db(), { regionId })).map((x) => x.name)).toEqual(["科学技术局"]);
    const dup = await createDepartment(db(), { regionId, name: "科学技术局" }).catch((e: unknown) => e);
    expect(isJixiaoError(dup) && dup.code).toBe("conflict");
    const dupRegion = await createRegion(db(), { code: "130202", name: "重复" }).catch((e: unknown) => e);
    expect(isJixiaoError(dupRegion) && dupRegion.code).toBe("conflict");
  });

  it("two simultaneous imports naming the same new department end with one department", async () => {
    const both = await Promise.all(
      [1, 2].map(() => findOrCreateDepartment(db(), { regionId, code: "399", name: "同时新建局" })),
    );
    expect(both[0]?.id).toBe(both[1]?.id);
    expect((await listDepartments(db(), { regionId })).filter((d) => d.name === "同时新建局")).toHaveLength(1);
  });

  it("keeps units under their department and refuses a department of another region", async () => {
    const d = await findOrCreateDepartment(db(), { regionId, name: "教育局" });
    const u = await createUnit(db(), { regionId, departmentId: d.id, code: "307001", name: "教育局本级" });
    expect((await findOrCreateUnit(db(), { regionId, departmentId: d.id, name: "教育局本级" })).id).toBe(u.id);
    expect((await listUnits(db(), { regionId, departmentId: d.id })).map((x) => x.code)).toEqual(["307001"]);
    const err = await createUnit(db(), { regionId: otherId, departmentId: d.id, name: "x" }).catch((e: unknown) => e);
    expect(isJixiaoError(err) && err.code).toBe("not_found");
    expect(await listUnits(db(), { regionId: otherId })).toEqual([]);
  });

  it("opens and closes years", async () => {
    await upsertYear(db(), { regionId, year: 2025 });
    const closed = await upsertYear(db(), { regionId, year: 2025, status: "closed", rulePack: "hebei-2025" });
    expect(closed).toMatchObject({ status: "closed", rulePack: "hebei-2025" });
    expect((await upsertYear(db(), { regionId, year: 2025, status: "open" })).rulePack).toBe("hebei-2025");
    expect((await listYears(db(), { regionId })).map((y) => [y.year, y.status])).toEqual([[2025, "open"]]);
    expect(await listYears(db(), { regionId: otherId })).toEqual([]);
    const audit = await listAudit(db(), { regionId, entity: "year" });
    expect(audit.map((a) => a.action)).toEqual(["update", "update", "create"]);
  });
});
