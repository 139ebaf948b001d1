import { createUnit } from "@jixiao/db";
import { z } from "zod";
import { authorizeAdmin } from "../../auth/scope.ts";
import { defineRoute } from "../../http/route.ts";
import { uuid } from "../schemas.ts";
import { unitSchema } from "./get-region.ts";

export default defineRoute({
  method: "POST",
  url: "/api/units",
  summary: "新建预算单位（系统管理员）/ create a budget unit",
  tags: ["地区与组织"],
  body: z
    .object({
      departmentId: uuid,
      code: z.string().trim().min(1).max(40).nullable().optional(),
      name: z.string().trim().min(1).max(200),
    })
    .strict(),
  response: { 201: unitSchema },
  handler: async ({ services, principal, body, reply }) => {
    authorizeAdmin(principal);
    const u = await createUnit(services.database.db, {
      regionId: principal.regionId,
      ...body,
      userId: principal.userId,
    });
    reply.status(201);
    return { id: u.id, departmentId: u.departmentId, code: u.code, name: u.name };
  },
});
