import type { FastifyReply, FastifyRequest } from "fastify";
import { CSRF_COOKIE, SESSION_COOKIE } from "../auth/authenticate.ts";
import type { Config } from "../config.ts";

function secure(config: Config, request: FastifyRequest): boolean {
  return config.COOKIE_SECURE === "true" || (config.COOKIE_SECURE === "auto" && request.protocol === "https");
}

/** Session cookie: HttpOnly, SameSite=Lax; CSRF cookie: readable by the page's script, which echoes it in a header. */
export function setSessionCookies(
  reply: FastifyReply,
  request: FastifyRequest,
  config: Config,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const base = { path: "/", sameSite: "lax" as const, secure: secure(config, request), expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
  reply.clearCookie(CSRF_COOKIE, { path: "/" });
}
