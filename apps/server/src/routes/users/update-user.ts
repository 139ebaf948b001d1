import { ROLES } from "@jixiao/core";
import { z } from "zod";
import { expectedVersionOf } from "../../auth/document-access.ts";
import { defineRoute } from "../../http/route.ts";
import { presentUser, userSchema } from "../../presenters/user.ts";
import { updateAccount } from "../../use-cases/update-user.ts";
import { errorSchema, idParams, uuid, versionField } from "../schemas.ts";

export default defineRoute({
  method: "PATCH",
  url: "/api/users/:id",
  summary: "修改用户：角色、部门、停用、重置密码（系统管理员；版本过期则 409）/ update a user",
  tags: ["用户与角色"],
  params: idParams,
  body: z
    .object({
      version: versionField.optional(),
      displayName: z.string().trim().min(1).max(100).optional(),
      role: z.enum(ROLES).optional(),
      departmentId: uuid.nullable().optional(),
      unitId: uuid.nullable().optional(),
      disabled: z.boolean().optional(),
      password: z.string().min(1).max(200).optional(),
    })
    .strict(),
  response: { 200: userSchema, 409: errorSchema },
  handler: async ({ services, principal, params, body, request }) => {
    const { version, ...patch } = body;
    const user = await updateAccount({
      db: services.database.db,
      principal,
      id: params.id,
      expectedVersion: expectedVersionOf(request.headers["if-match"], version),
      patch,
    });
    services.sessionCache.forgetUser(user.id);
    return presentUser(user);
  },
});
