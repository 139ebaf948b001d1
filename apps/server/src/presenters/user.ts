import { ROLE_LABELS, type Role } from "@jixiao/core";
import type { PublicUser } from "@jixiao/db";
import { z } from "zod";

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  departmentId: z.string().nullable(),
  unitId: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number(),
});

export function presentUser(u: PublicUser): z.infer<typeof userSchema> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role as Role] ?? u.role,
    departmentId: u.departmentId,
    unitId: u.unitId,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
  };
}
