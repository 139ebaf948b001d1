import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Session tokens: 32 random bytes in the cookie; the database keeps only their SHA-256. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The CSRF token is bound to the session: HMAC(secret, session token). Sent back in the `x-csrf-token` header. */
export function csrfTokenFor(secret: string, sessionToken: string): string {
  return createHmac("sha256", secret).update(`csrf:${sessionToken}`).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
