import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane): about 20–40 ms per hash here,
 * slow enough for stolen hashes, fast enough for a login form.
 */
// 2 = Algorithm.Argon2id (a const enum, which type stripping cannot read).
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user name is unknown so timing does not tell. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummy;
}

/** Minimum rules for a new password; returns the Chinese problem or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "密码至少 10 个字符";
  if (password.length > 200) return "密码不能超过 200 个字符";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 2) return "密码至少包含字母、数字、符号中的两类";
  return null;
}
