/**
 * Field-by-field comparison of two JSON values (reader output vs a hand-checked golden file): the list of paths
 * that differ, e.g. `evaluation.indicators[3].score: expected 2, got 1.5`. Keys in `ignore` are skipped at any depth.
 */
export function diffJson(
  expected: unknown,
  actual: unknown,
  options: { ignore?: readonly string[]; path?: string; limit?: number } = {},
): string[] {
  const out: string[] = [];
  walk(expected, actual, options.path ?? "", new Set(options.ignore ?? []), out, options.limit ?? 50);
  return out;
}

function walk(e: unknown, a: unknown, path: string, ignore: Set<string>, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(e) && Array.isArray(a)) {
    if (e.length !== a.length) out.push(`${path}: expected ${e.length} items, got ${a.length}`);
    for (let i = 0; i < Math.min(e.length, a.length); i++) walk(e[i], a[i], `${path}[${i}]`, ignore, out, limit);
    return;
  }
  if (isObject(e) && isObject(a)) {
    const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
    for (const k of keys) {
      if (ignore.has(k)) continue;
      const p = path ? `${path}.${k}` : k;
      if (!(k in a)) out.push(`${p}: missing`);
      else if (!(k in e)) out.push(`${p}: unexpected ${short(a[k])}`);
      else walk(e[k], a[k], p, ignore, out, limit);
    }
    return;
  }
  if (!Object.is(e, a)) out.push(`${path}: expected ${short(e)}, got ${short(a)}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? "undefined";
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** A copy of a JSON value without the given keys at any depth (golden files leave out layout-dependent `source`). */
export function withoutKeys<T>(value: T, keys: readonly string[]): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (keys.includes(k) ? undefined : v))) as T;
}
