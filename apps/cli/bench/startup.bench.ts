/**
 * Start-up time of the real start command (issue 4: "ready within 5 s on first start and 1.5 s after").
 * Spawns `npm start` (prestart web-build check included) on a NEW empty data folder (first start: initdb or template,
 * migrations, demo data) and again on the same folder (restart), on a free port, and polls `/` and `/api/health`
 * until both answer 200. Reports the median wall time from spawn to serving, and the server's own phase breakdown
 * (the line it logs when listening). `node apps/cli/src/main.ts serve` without npm is measured alongside.
 * BENCH_STARTUP_RUNS (default 3) runs of each. BENCH_STARTUP_COMPARE=<another checkout> (e.g. an earlier commit
 * with its own node_modules links) measures that one too, run for run alternating with this one, so both see the
 * same machine load.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { isWebBuildStale, WEB_SOURCES } from "../../../scripts/build-web-if-stale.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
const TIMEOUT_MS = 60_000;

interface Start {
  /** Spawn → `/` and `/api/health` both answer 200. */
  servingMs: number;
  /** The server's own "ready since process start" figure and phases, parsed from its log line. */
  processMs: number | null;
  phases: Record<string, number>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await r.arrayBuffer();
    return r.status === 200;
  } catch {
    return false;
  }
}

/** Parses "自进程启动 1234 ms：modules 300 · config 2 · …" from the listening line. */
function parseReady(log: string): { processMs: number | null; phases: Record<string, number> } {
  const m = /自进程启动 (\d+) ms：([^；]*)；/.exec(log);
  if (!m) return { processMs: null, phases: {} };
  const phases: Record<string, number> = {};
  for (const part of (m[2] ?? "").split(" · ")) {
    const [name, value] = part.trim().split(/\s+/);
    if (name && value !== undefined) phases[name] = Number(value);
  }
  return { processMs: Number(m[1]), phases };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // gone already
      }
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    // The whole process group: npm → sh → node.
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

async function startOnce(cwd: string, command: string[], dataDir: string): Promise<Start> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL; // the default: PGlite
  delete env.NODE_OPTIONS;
  const t0 = performance.now();
  const child = spawn(command[0] ?? "npm", command.slice(1), {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`start command exited (${child.exitCode}):\n${log}`);
      if (performance.now() - t0 > TIMEOUT_MS) throw new Error(`not serving after ${TIMEOUT_MS} ms:\n${log}`);
      if ((await answers(`${base}/api/health`)) && (await answers(`${base}/`))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const servingMs = Math.round(performance.now() - t0);
    // The listening line is written right after listen(); give the pipe a moment.
    for (let i = 0; i < 50 && !log.includes("自进程启动"); i++) await new Promise((r) => setTimeout(r, 20));
    return { servingMs, ...parseReady(log) };
  } finally {
    await stop(child);
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
}

function summarise(starts: Start[]): Record<string, unknown> {
  const phaseNames = [...new Set(starts.flatMap((s) => Object.keys(s.phases)))];
  return {
    servingMedianMs: median(starts.map((s) => s.servingMs)),
    servingMs: starts.map((s) => s.servingMs),
    processMedianMs: median(starts.map((s) => s.processMs ?? Number.NaN)),
    phasesMedianMs: Object.fromEntries(phaseNames.map((p) => [p, median(starts.map((s) => s.phases[p] ?? 0))])),
  };
}

interface Runs {
  first: Start[];
  restart: Start[];
}

/** One first start and one restart of each command in each checkout, in turn; RUNS times. */
async function measure(roots: string[], commands: string[][]): Promise<Map<string, Runs>> {
  const runs = new Map<string, Runs>();
  for (let i = 0; i < RUNS; i++) {
    for (const cwd of roots) {
      for (const command of commands) {
        const key = `${cwd}\0${command.join(" ")}`;
        const r = runs.get(key) ?? { first: [], restart: [] };
        runs.set(key, r);
        const dataDir = mkdtempSync(join(tmpdir(), "jixiao-startup-"));
        try {
          r.first.push(await startOnce(cwd, command, dataDir));
          r.restart.push(await startOnce(cwd, command, dataDir));
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
    }
  }
  return runs;
}

export default async function bench(): Promise<Record<string, unknown>> {
  const compare = process.env.BENCH_STARTUP_COMPARE;
  const roots = compare ? [root, compare] : [root];
  const webStale = isWebBuildStale({ distDir: join(root, "apps", "web", "dist"), sources: WEB_SOURCES });
  const load = loadavg()[0];
  const npm = ["npm", "start", "--silent"];
  const node = [process.execPath, "apps/cli/src/main.ts", "serve"];
  const runs = await measure(roots, [npm, node]);
  const report = (cwd: string) => {
    const of = (command: string[]) => {
      const r = runs.get(`${cwd}\0${command.join(" ")}`) ?? { first: [], restart: [] };
      return { firstStart: summarise(r.first), restart: summarise(r.restart) };
    };
    return { npmStart: of(npm), nodeServe: of(node) };
  };
  return {
    goal: "first start ≤ 5000 ms, restart ≤ 1500 ms (spawn → / and /api/health answer)",
    runs: RUNS,
    webBuildStaleBeforeRun: webStale,
    loadAverageAtStart: load,
    loadAverageAtEnd: loadavg()[0],
    ...report(root),
    ...(compare ? { compare: { root: compare, ...report(compare) } } : {}),
  };
}
