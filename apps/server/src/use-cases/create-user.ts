import { JixiaoError, type Role } from "@jixiao/core";
import { createUser, type Db, type PublicUser } from "@jixiao/db";
import { hashPassword, passwordProblem } from "../auth/password.ts";
import type { Principal } from "../auth/principal.ts";
import { authorizeAdmin } from "../auth/scope.ts";
import { assertOrganisationFits } from "./assert-organisation-fits.ts";

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
