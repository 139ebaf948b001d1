import { isJixiaoError, JixiaoError, ROLES, type Role } from "@jixiao/core";
import { findSession, getUser, touchSession } from "@jixiao/db";
import type { FastifyRequest } from "fastify";
import type { Services } from "../services.ts";
import type { Principal } from "./principal.ts";
import { csrfTokenFor, hashToken, safeEqual } from "./tokens.ts";

export const SESSION_COOKIE = "jixiao_session";
export const CSRF_COOKIE = "jixiao_csrf";
export const CSRF_HEADER = "x-csrf-token";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Activity is written back at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Session cookie → principal, or null. A state-changing request with a session must carry the CSRF header
 * (HMAC of the session token, handed out at login): a cross-site form cannot read it, so it cannot send it.
 */
export function makeAuthenticate(services: Services): (request: FastifyRequest) => Promise<Principal | null> {
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return null;
    const now = services.now();
    const tokenHash = hashToken(token);
    const cached = services.sessionCache.get(tokenHash, now.getTime());
    const principal = cached ?? (await lookUp(services, request, tokenHash, now));
    if (!principal) return null;
    if (UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const expected = csrfTokenFor(services.secret, token);
      if (typeof sent !== "string" || !safeEqual(sent, expected)) {
        throw new JixiaoError("forbidden", "missing or wrong CSRF token", {
          userMessage: "请求缺少有效的 CSRF 令牌（请求头 x-csrf-token），请刷新页面后重试",
        });
      }
    }
    return principal;
  };
}

async function lookUp(
  services: Services,
  request: FastifyRequest,
  tokenHash: string,
  now: Date,
): Promise<Principal | null> {
  const db = services.database.db;
  const session = await findSession(db, { tokenHash, now });
  if (!session) return null;
  const user = await getUser(db, { regionId: session.regionId, id: session.userId });
  if (!user || user.disabled || !isRole(user.role)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const ttl = services.config.SESSION_TTL_HOURS * 3_600_000;
    await touchSession(db, {
      regionId: session.regionId,
      id: session.id,
      expiresAt: new Date(now.getTime() + ttl),
      now,
    }).catch((e: unknown) => {
      if (isJixiaoError(e)) throw e;
      request.log.warn({ err: e }, "session touch failed");
    });
  }
  const principal: Principal = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    regionId: user.regionId,
    role: user.role,
    departmentId: user.departmentId,
    unitId: user.unitId,
    sessionId: session.id,
    mustChangePassword: user.mustChangePassword,
  };
  services.sessionCache.set(tokenHash, principal, now.getTime(), session.expiresAt.getTime());
  return principal;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
