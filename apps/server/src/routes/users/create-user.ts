import { ROLES } from "@jixiao/core";
import { z } from "zod";
import { defineRoute } from "../../http/route.ts";
import { presentUser, userSchema } from "../../presenters/user.ts";
import { createAccount } from "../../use-cases/create-user.ts";
import { uuid } from "../schemas.ts";

export default defineRoute({
  method: "POST",
  url: "/api/users",
  summary: "新建用户（系统管理员；首次登录须改密码）/ create a user",
  tags: ["用户与角色"],
  body: z
    .object({
      username: z
        .string()
        .trim()
        .min(2)
        .max(60)
        .regex(/^[\p{L}\p{N}_.@-]+$/u, "用户名只能包含文字、数字和 _ . @ -"),
      displayName: z.string().trim().min(1).max(100),
      password: z.string().min(1).max(200),
      role: z.enum(ROLES),
      departmentId: uuid.nullable().optional(),
      unitId: uuid.nullable().optional(),
    })
    .strict(),
  response: { 201: userSchema },
  handler: async ({ services, principal, body, reply }) => {
    const user = await createAccount({ db: services.database.db, principal, user: body });
    reply.status(201);
    return presentUser(user);
  },
});
