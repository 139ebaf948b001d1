import { JixiaoError, type Role } from "@jixiao/core";
import { type Db, deleteUserSessions, getUser, type PublicUser, updateUser } from "@jixiao/db";
import { hashPassword, passwordProblem } from "../auth/password.ts";
import type { Principal } from "../auth/principal.ts";
import { authorizeAdmin } from "../auth/scope.ts";
import { assertOrganisationFits } from "./assert-organisation-fits.ts";

export interface UserPatch {
  displayName?: string;
  role?: Role;
  departmentId?: string | null;
  unitId?: string | null;
  disabled?: boolean;
  /** A reset by the administrator: the user must change it at next login. */
  password?: string;
}

/** An administrator changes an account (optimistic: a stale version gets 409). Role or password changes end its sessions. */
export async function updateAccount(input: {
  db: Db;
  principal: Principal;
  id: string;
  expectedVersion: number;
  patch: UserPatch;
}): Promise<PublicUser> {
  authorizeAdmin(input.principal);
  const regionId = input.principal.regionId;
  const current = await getUser(input.db, { regionId, id: input.id });
  if (!current) throw new JixiaoError("not_found", "user missing", { userMessage: "没有找到该用户" });
  const { password, ...rest } = input.patch;
  if (input.id === input.principal.userId && (rest.disabled === true || (rest.role && rest.role !== "admin"))) {
    throw new JixiaoError("validation", "admin locking themselves out", {
      userMessage: "不能停用自己的账号或取消自己的管理员角色",
    });
  }
  const role = (rest.role ?? current.role) as Role;
  const departmentId = rest.departmentId === undefined ? current.departmentId : rest.departmentId;
  const unitId = rest.unitId === undefined ? current.unitId : rest.unitId;
  await assertOrganisationFits({ db: input.db, regionId, role, departmentId, unitId });
  const patch: Parameters<typeof updateUser>[1]["patch"] = { ...rest };
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw new JixiaoError("validation", "weak password", { userMessage: problem });
    patch.passwordHash = await hashPassword(password);
    patch.mustChangePassword = true;
  }
  const updated = await updateUser(input.db, {
    regionId,
    id: input.id,
    expectedVersion: input.expectedVersion,
    patch,
    actorId: input.principal.userId,
  });
  if (
    password !== undefined ||
    rest.role ||
    rest.disabled ||
    rest.departmentId !== undefined ||
    rest.unitId !== undefined
  ) {
    await deleteUserSessions(input.db, { regionId, userId: input.id });
  }
  return updated;
}
