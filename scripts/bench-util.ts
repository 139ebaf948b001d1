/** Small timing helpers shared by bench files. No timed assertions anywhere: benches only report. */
export interface Timing {
  runs: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  minMs: number;
}

export function time(fn: () => unknown, options: { warmup?: number; runs?: number } = {}): Timing {
  const warmup = options.warmup ?? 20;
  const runs = options.runs ?? 200;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export async function timeAsync(
  fn: () => Promise<unknown>,
  options: { warmup?: number; runs?: number } = {},
): Promise<Timing> {
  const warmup = options.warmup ?? 5;
  const runs = options.runs ?? 50;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    runs: s.length,
    meanMs: round(mean),
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    minMs: round(s[0] ?? 0),
  };
}

/** Operations per second over a fixed wall-clock budget. */
export function throughput(fn: () => unknown, budgetMs = 1000): number {
  for (let i = 0; i < 1000; i++) fn();
  let n = 0;
  const t0 = performance.now();
  let now = t0;
  while (now - t0 < budgetMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    now = performance.now();
  }
  return Math.round((n * 1000) / (now - t0));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
