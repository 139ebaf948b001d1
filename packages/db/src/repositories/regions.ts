import { isJixiaoError, JixiaoError } from "@jixiao/core";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../database.ts";
import { departments, regions, units, years } from "../schema/index.ts";
import { writeAudit } from "./audit.ts";

export type Region = typeof regions.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type Unit = typeof units.$inferSelect;
export type Year = typeof years.$inferSelect;

/** Creating a region is the one write that has no region yet. */
export async function createRegion(db: Db, options: { code: string; name: string; userId?: string }): Promise<Region> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(regions)
      .values({ code: options.code, name: options.name })
      .onConflictDoNothing()
      .returning();
    if (!row) throw taken("region", options.code);
    await writeAudit(tx, {
      regionId: row.id,
      userId: options.userId,
      entity: "region",
      entityId: row.id,
      action: "create",
      before: null,
      after: row,
    });
    return row;
  });
}

export async function getRegion(db: Db, options: { regionId: string }): Promise<Region | null> {
  const [row] = await db.select().from(regions).where(eq(regions.id, options.regionId));
  return row ?? null;
}

/** Looks a region up by its code (before anything else is known about it, e.g. at start-up). */
export async function findRegionByCode(db: Db, options: { code: string }): Promise<Region | null> {
  const [row] = await db.select().from(regions).where(eq(regions.code, options.code));
  return row ?? null;
}

export async function listRegions(db: Db): Promise<Region[]> {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function createDepartment(
  db: Db,
  options: { regionId: string; code?: string | null; name: string; userId?: string },
): Promise<Department> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(departments)
      .values({ regionId: options.regionId, code: options.code ?? null, name: options.name })
      .onConflictDoNothing()
      .returning();
    if (!row) throw taken("department", options.name);
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "department",
      entityId: row.id,
      action: "create",
      before: null,
      after: row,
    });
    return row;
  });
}

/** The department of that name (or code) in the region, created if missing: what an import needs. */
export async function findOrCreateDepartment(
  db: Db,
  options: { regionId: string; code?: string | null; name: string; userId?: string },
): Promise<Department> {
  const find = async () => {
    const [byName] = await db
      .select()
      .from(departments)
      .where(and(eq(departments.regionId, options.regionId), eq(departments.name, options.name)));
    if (byName || !options.code) return byName ?? null;
    const [byCode] = await db
      .select()
      .from(departments)
      .where(and(eq(departments.regionId, options.regionId), eq(departments.code, options.code)));
    return byCode ?? null;
  };
  const found = await find();
  if (found) return found;
  try {
    return await createDepartment(db, options);
  } catch (e) {
    // Two imports naming the same new department at once: the other one created it.
    const again = isJixiaoError(e) && e.code === "conflict" ? await find() : null;
    if (again) return again;
    throw e;
  }
}

export async function getDepartment(db: Db, options: { regionId: string; id: string }): Promise<Department | null> {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.regionId, options.regionId), eq(departments.id, options.id)));
  return row ?? null;
}

export async function listDepartments(db: Db, options: { regionId: string }): Promise<Department[]> {
  return db.select().from(departments).where(eq(departments.regionId, options.regionId)).orderBy(asc(departments.name));
}

export async function createUnit(
  db: Db,
  options: { regionId: string; departmentId: string; code?: string | null; name: string; userId?: string },
): Promise<Unit> {
  return db.transaction(async (tx) => {
    const department = await getDepartment(tx, { regionId: options.regionId, id: options.departmentId });
    if (!department) throw notFound("department", options.departmentId);
    const [row] = await tx
      .insert(units)
      .values({
        regionId: options.regionId,
        departmentId: options.departmentId,
        code: options.code ?? null,
        name: options.name,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw taken("unit", options.name);
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "unit",
      entityId: row.id,
      action: "create",
      before: null,
      after: row,
    });
    return row;
  });
}

export async function findOrCreateUnit(
  db: Db,
  options: { regionId: string; departmentId: string; code?: string | null; name: string; userId?: string },
): Promise<Unit> {
  const [row] = await db
    .select()
    .from(units)
    .where(
      and(
        eq(units.regionId, options.regionId),
        eq(units.departmentId, options.departmentId),
        eq(units.name, options.name),
      ),
    );
  return row ?? createUnit(db, options);
}

export async function listUnits(db: Db, options: { regionId: string; departmentId?: string }): Promise<Unit[]> {
  const where = [eq(units.regionId, options.regionId)];
  if (options.departmentId) where.push(eq(units.departmentId, options.departmentId));
  return db
    .select()
    .from(units)
    .where(and(...where))
    .orderBy(asc(units.name));
}

/** Opens (or re-opens) a 预算年度 of the region. */
export async function upsertYear(
  db: Db,
  options: { regionId: string; year: number; status?: "open" | "closed"; rulePack?: string | null; userId?: string },
): Promise<Year> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(years)
      .where(and(eq(years.regionId, options.regionId), eq(years.year, options.year)));
    const values = {
      regionId: options.regionId,
      year: options.year,
      status: options.status ?? before?.status ?? "open",
      rulePack: options.rulePack === undefined ? (before?.rulePack ?? null) : options.rulePack,
    };
    const [row] = before
      ? await tx.update(years).set(values).where(eq(years.id, before.id)).returning()
      : await tx.insert(years).values(values).returning();
    if (!row) throw new Error("write returned nothing");
    await writeAudit(tx, {
      regionId: options.regionId,
      userId: options.userId,
      entity: "year",
      entityId: row.id,
      action: before ? "update" : "create",
      before: before ?? null,
      after: row,
    });
    return row;
  });
}

export async function listYears(db: Db, options: { regionId: string }): Promise<Year[]> {
  return db.select().from(years).where(eq(years.regionId, options.regionId)).orderBy(asc(years.year));
}

function taken(entity: string, key: string): JixiaoError {
  return new JixiaoError("conflict", `${entity} ${key} already exists`, {
    userMessage: `${{ region: "地区", department: "部门", unit: "单位" }[entity] ?? "记录"}“${key}”已存在。`,
    details: { entity, key },
  });
}

export function notFound(entity: string, id: string): JixiaoError {
  return new JixiaoError("not_found", `${entity} ${id} not found`, {
    userMessage: "找不到该记录，可能已被删除或不属于本地区。",
    details: { entity, id },
  });
}
