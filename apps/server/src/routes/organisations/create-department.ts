import { createDepartment } from "@jixiao/db";
import { z } from "zod";
import { authorizeAdmin } from "../../auth/scope.ts";
import { defineRoute } from "../../http/route.ts";
import { departmentSchema } from "./get-region.ts";

export default defineRoute({
  method: "POST",
  url: "/api/departments",
  summary: "新建部门（系统管理员）/ create a department",
  tags: ["地区与组织"],
  body: z
    .object({ code: z.string().trim().min(1).max(40).nullable().optional(), name: z.string().trim().min(1).max(200) })
    .strict(),
  response: { 201: departmentSchema },
  handler: async ({ services, principal, body, reply }) => {
    authorizeAdmin(principal);
    const d = await createDepartment(services.database.db, {
      regionId: principal.regionId,
      ...body,
      userId: principal.userId,
    });
    reply.status(201);
    return { id: d.id, code: d.code, name: d.name };
  },
});
