/**
 * Checks throughput with the national pack: projects checked per second on the seeds' real projects (plus the
 * clean fixture's), and on synthetic projects whose every value text is new (no help from the parse memo); and the
 * time to re-check one edited project of 40 indicators (what the editor does on each change).
 * Rates are given per CPU second of this process (`process.cpuUsage`), because the machine is shared and wall
 * time mostly measures other people's work; the wall-clock rate is reported beside it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { time } from "../../../scripts/bench-util.ts";
import {
  checkDocument,
  checkProject,
  getRulePack,
  type Indicator,
  type PerformanceDocument,
  type Project,
  parseDocument,
} from "../src/index.ts";

const root = join(import.meta.dirname, "../../..");
const load = (name: string): PerformanceDocument => parseDocument(JSON.parse(readFileSync(join(root, name), "utf8")));

function realProjects(): Project[] {
  const seeds = ["000_1d3fb6a94e038dcc", "001_84b2129734047c8f", "003_f895533748b46b25"];
  return [...seeds.map((f) => `fixtures/expected/${f}.json`), "fixtures/clean/performance-text.json"].flatMap(
    (f) => load(f).projects,
  );
}

/** A project whose value texts are unique to `n` (every parse is a memo miss). */
function syntheticProject(base: Project, n: number): Project {
  return {
    ...base,
    name: `${base.name}${n}`,
    code: `P${n}`,
    indicators: base.indicators.map((ind, k) => ({
      ...ind,
      target: ind.target === null ? null : ind.target.replace(/\d+/, (d) => String(Number(d) + ((n * 31 + k) % 9973))),
      targetParsed: null,
    })),
  };
}

function fortyIndicators(base: Project): Project {
  const indicators: Indicator[] = [];
  for (let k = 0; indicators.length < 40; k++) {
    const src = base.indicators[k % base.indicators.length] as Indicator;
    const round = Math.floor(k / base.indicators.length);
    indicators.push({ ...src, name: round === 0 ? src.name : `${src.name}${round}` });
  }
  return { ...base, indicators };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

function rate(
  fn: () => unknown,
  projectsPerCall: number,
  cpuBudgetMs = 2000,
): { perCpuSecond: number; perWallSecond: number } {
  // Warm the JIT by CPU time, not wall time: on a shared machine a wall-clock warm-up may get almost no CPU.
  const w0 = process.cpuUsage();
  while (cpuMs(w0) < cpuBudgetMs) fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let calls = 0;
  let cpu = 0;
  while (cpu < cpuBudgetMs) {
    fn();
    calls++;
    if (calls % 8 === 0) cpu = cpuMs(c0);
  }
  cpu = cpuMs(c0);
  const wall = performance.now() - t0;
  return {
    perCpuSecond: Math.round((calls * projectsPerCall * 1000) / cpu),
    perWallSecond: Math.round((calls * projectsPerCall * 1000) / wall),
  };
}

export default async (): Promise<Record<string, unknown>> => {
  const pack = getRulePack("national");
  const real = realProjects();
  const doc = load("fixtures/clean/performance-text.json");
  const realDoc: PerformanceDocument = { ...doc, projects: real };
  const realRate = rate(() => checkDocument({ document: realDoc, pack }), real.length);

  const synthetic = Array.from({ length: 500 }, (_, n) => syntheticProject(real[n % real.length] as Project, n));
  // 20 rounds of fresh value texts (≈85,000 distinct texts, more than the parse memo holds), made before timing.
  const rounds = Array.from({ length: 20 }, (_, r) => ({
    ...doc,
    projects: synthetic.map((p, n) => syntheticProject(p, n + (r + 1) * 1000)),
  }));
  let round = 0;
  const syntheticRate = rate(
    () => checkDocument({ document: rounds[round++ % rounds.length] as PerformanceDocument, pack }),
    synthetic.length,
  );

  const base = real.find((p) => p.indicators.length >= 9) ?? (real[0] as Project);
  const forty = fortyIndicators(base);
  let edit = 0;
  const recheck = time(
    () => {
      edit++;
      const indicators = forty.indicators.slice();
      indicators[edit % 40] = { ...(indicators[edit % 40] as Indicator), target: `≥${edit % 5000}家` };
      return checkProject({ project: { ...forty, indicators }, pack });
    },
    { warmup: 500, runs: 3000 },
  );
  return {
    pack: pack.id,
    realProjects: real.length,
    meanIndicatorsPerProject: Math.round((real.reduce((a, p) => a + p.indicators.length, 0) / real.length) * 10) / 10,
    projectsPerSecondReal: realRate,
    projectsPerSecondSyntheticUniqueValues: syntheticRate,
    recheckOneProject40Indicators: recheck,
    findingsOnThe40IndicatorProject: checkProject({ project: forty, pack }).length,
  };
};
