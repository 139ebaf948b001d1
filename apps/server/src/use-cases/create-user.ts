import { JixiaoError, type Role } from "@jixiao/core";
import { createUser, type Db, getDepartment, listUnits, type PublicUser } from "@jixiao/db";
import { hashPassword, passwordProblem } from "../auth/password.ts";
import type { Principal } from "../auth/principal.ts";
import { authorizeAdmin } from "../auth/scope.ts";

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  departmentId?: string | null;
  unitId?: string | null;
}

/** An administrator creates an account in their region; the organisation must fit the role. */
export async function createAccount(input: { db: Db; principal: Principal; user: NewUser }): Promise<PublicUser> {
  authorizeAdmin(input.principal);
  const { user } = input;
  const problem = passwordProblem(user.password);
  if (problem) throw new JixiaoError("validation", "weak password", { userMessage: problem });
  await assertOrganisationFits({ db: input.db, regionId: input.principal.regionId, ...user });
  return createUser(input.db, {
    regionId: input.principal.regionId,
    username: user.username,
    displayName: user.displayName,
    passwordHash: await hashPassword(user.password),
    role: user.role,
    departmentId: user.departmentId ?? null,
    unitId: user.unitId ?? null,
    mustChangePassword: true,
    actorId: input.principal.userId,
  });
}

/** 部门审核 needs a department, 单位填报 a department and optionally a unit of it; region-wide roles neither. */
export async function assertOrganisationFits(options: {
  db: Db;
  regionId: string;
  role: Role;
  departmentId?: string | null;
  unitId?: string | null;
}): Promise<void> {
  const { role, departmentId, unitId } = options;
  const bad = (message: string) => new JixiaoError("validation", message, { userMessage: message });
  if ((role === "admin" || role === "finance_reviewer") && (departmentId || unitId)) {
    throw bad("系统管理员和财政审核账号面向全地区，不能指定部门或单位");
  }
  if ((role === "department_reviewer" || role === "unit_editor") && !departmentId) {
    throw bad("部门审核和单位填报账号必须指定部门");
  }
  if (unitId && role !== "unit_editor") throw bad("只有单位填报账号可以指定预算单位");
  if (departmentId && !(await getDepartment(options.db, { regionId: options.regionId, id: departmentId }))) {
    throw bad("所选部门不存在");
  }
  if (unitId) {
    const units = await listUnits(options.db, { regionId: options.regionId, departmentId: departmentId ?? undefined });
    if (!units.some((u) => u.id === unitId)) throw bad("所选单位不属于该部门");
  }
}
