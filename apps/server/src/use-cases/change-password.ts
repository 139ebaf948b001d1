import { JixiaoError } from "@jixiao/core";
import { type Db, deleteUserSessions, findUserForLogin, updateUser } from "@jixiao/db";
import { hashPassword, passwordProblem, verifyPassword } from "../auth/password.ts";
import type { Principal } from "../auth/principal.ts";

/** A user changes their own password; every other session of theirs ends. */
export async function changePassword(input: {
  db: Db;
  principal: Principal;
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new JixiaoError("validation", "weak password", { userMessage: problem });
  const user = await findUserForLogin(input.db, { username: input.principal.username });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new JixiaoError("forbidden", "current password wrong", { userMessage: "当前密码不正确" });
  }
  await updateUser(input.db, {
    regionId: user.regionId,
    id: user.id,
    expectedVersion: user.version,
    patch: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
    actorId: user.id,
  });
  await deleteUserSessions(input.db, { regionId: user.regionId, userId: user.id });
}
