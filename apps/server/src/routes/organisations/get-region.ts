import { JixiaoError } from "@jixiao/core";
import { getRegion, listDepartments, listUnits } from "@jixiao/db";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";

export const departmentSchema = z.object({ id: z.string(), code: z.string().nullable(), name: z.string() });
export const unitSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
});

export default defineRoute({
  method: "GET",
  url: "/api/region",
  summary: "本地区及其部门、单位 / the region with its departments and units",
  tags: ["地区与组织"],
  response: {
    200: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      departments: z.array(departmentSchema),
      units: z.array(unitSchema),
    }),
  },
  handler: async ({ services, principal }) => {
    const db = services.database.db;
    const region = await getRegion(db, { regionId: principal.regionId });
    if (!region) throw new JixiaoError("not_found", "region missing", { userMessage: "没有找到所属地区" });
    const [departments, units] = await Promise.all([
      listDepartments(db, { regionId: region.id }),
      listUnits(db, { regionId: region.id }),
    ]);
    return {
      id: region.id,
      code: region.code,
      name: region.name,
      departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name })),
      units: units.map((u) => ({ id: u.id, departmentId: u.departmentId, code: u.code, name: u.name })),
    };
  },
});
