import { listUsers } from "@jixiao/db";
import { z } from "zod";
import { authorizeAdmin } from "../../auth/scope.ts";
import { defineRoute } from "../../http/route.ts";
import { presentUser, userSchema } from "../../presenters/user.ts";
import { uuid } from "../schemas.ts";

export default defineRoute({
  method: "GET",
  url: "/api/users",
  summary: "用户列表（系统管理员）/ list users",
  tags: ["用户与角色"],
  querystring: z.object({ departmentId: uuid.optional() }).strict(),
  response: { 200: z.object({ items: z.array(userSchema) }) },
  handler: async ({ services, principal, query }) => {
    authorizeAdmin(principal);
    const users = await listUsers(services.database.db, { regionId: principal.regionId, ...query });
    return { items: users.map(presentUser) };
  },
});
