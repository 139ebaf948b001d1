/** What api.bench.ts asks of its load generator (http-load.ts) and of the bare-driver side alike. */
export type LoadJob =
  | { mode: "closed"; port: number; path: string; cookie: string; connections: number; total: number }
  | { mode: "open"; port: number; path: string; cookie: string; connections: number; rate: number; seconds: number };

export interface LoadResult {
  wallMs: number;
  /** One latency per request, in ms. */
  samples: number[];
  /** Indicators in the last answer (a check that the work was done). */
  returned: number;
  /** CPU time (user + system) the load generator's process spent on this run; absent for the in-process bare side. */
  cpuMs?: number;
}

/** Open loop: request k is due `k / rate` seconds after the start (a constant offered rate), in ms. */
export function openLoopSchedule(rate: number, seconds: number): number[] {
  const n = Math.max(1, Math.round(rate * seconds));
  return Array.from({ length: n }, (_, k) => (k * 1000) / rate);
}
