import { JixiaoError } from "@jixiao/core";
import { countFailedLogins, createSession, type Db, findUserForLogin, recordLoginAttempt } from "@jixiao/db";
import { dummyHash, verifyPassword } from "../auth/password.ts";
import { csrfTokenFor, hashToken, newSessionToken } from "../auth/tokens.ts";
import type { Services } from "../services.ts";

export interface LogInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  regionId: string;
}

const WRONG = () =>
  new JixiaoError("unauthenticated", "wrong user name or password", { userMessage: "用户名或密码错误" });

/**
 * Password login. Lockout: after LOGIN_MAX_FAILURES failed attempts on a user name within LOGIN_LOCK_MINUTES the
 * name is refused (429) without even checking the password; per client address a flood is cut off in memory.
 */
export async function logIn(input: {
  services: Services;
  db: Db;
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}): Promise<LogInResult> {
  const { services, db, username } = input;
  const { config } = services;
  const wait = services.loginLimiter.hit(input.ip);
  if (wait > 0) {
    throw new JixiaoError("rate_limited", `too many logins from ${input.ip}`, {
      userMessage: `登录尝试过于频繁，请 ${wait} 秒后再试`,
      details: { retryAfterSeconds: wait },
    });
  }
  const now = services.now();
  const since = new Date(now.getTime() - config.LOGIN_LOCK_MINUTES * 60_000);
  const failures = await countFailedLogins(db, { username, since });
  if (failures >= config.LOGIN_MAX_FAILURES) {
    throw new JixiaoError("rate_limited", `user ${username} locked`, {
      userMessage: `该账号连续登录失败 ${failures} 次，已临时锁定，请 ${config.LOGIN_LOCK_MINUTES} 分钟后再试或联系系统管理员`,
      details: { retryAfterSeconds: config.LOGIN_LOCK_MINUTES * 60 },
    });
  }
  const user = await findUserForLogin(db, { username });
  // Verify against a dummy hash for unknown names, so the answer takes as long either way.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  await recordLoginAttempt(db, { regionId: user?.regionId ?? null, username, ip: input.ip, success: ok && !!user });
  if (!user || !ok) throw WRONG();
  if (user.disabled) {
    throw new JixiaoError("forbidden", `user ${username} disabled`, { userMessage: "该账号已停用，请联系系统管理员" });
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + config.SESSION_TTL_HOURS * 3_600_000);
  await createSession(db, {
    regionId: user.regionId,
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return {
    token,
    csrfToken: csrfTokenFor(services.secret, token),
    expiresAt,
    userId: user.id,
    regionId: user.regionId,
  };
}
