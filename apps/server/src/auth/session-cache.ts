import type { Principal } from "./principal.ts";

/**
 * A short-lived in-process cache of session → principal, so that a read costs one query instead of three. Logout,
 * password and role changes in this process evict at once; other processes see such a change within `ttlMs`
 * (2 s by default), which is the price of not asking the database on every request.
 */
export class SessionCache {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #entries = new Map<string, { principal: Principal; expiresAt: number; sessionExpiresAt: number }>();

  constructor(options: { ttlMs?: number; max?: number } = {}) {
    this.#ttlMs = options.ttlMs ?? 2000;
    this.#max = options.max ?? 10_000;
  }

  get(tokenHash: string, now: number): Principal | null {
    const e = this.#entries.get(tokenHash);
    if (!e) return null;
    if (e.expiresAt <= now || e.sessionExpiresAt <= now) {
      this.#entries.delete(tokenHash);
      return null;
    }
    return e.principal;
  }

  set(tokenHash: string, principal: Principal, now: number, sessionExpiresAt: number): void {
    if (this.#ttlMs <= 0) return;
    if (this.#entries.size >= this.#max) this.#entries.clear();
    this.#entries.set(tokenHash, { principal, expiresAt: now + this.#ttlMs, sessionExpiresAt });
  }

  forgetSession(sessionId: string): void {
    for (const [k, e] of this.#entries) if (e.principal.sessionId === sessionId) this.#entries.delete(k);
  }

  forgetUser(userId: string): void {
    for (const [k, e] of this.#entries) if (e.principal.userId === userId) this.#entries.delete(k);
  }
}
