/**
 * The editor's cost per keystroke: `checkEditedProject` (the whole document re-checked with the edited project in
 * place, as the edit page does on each change) on the largest seed (003: 17 projects, 155 indicator rows), with the
 * target text changed every run so nothing is memoised; plus what the browser downloads (gzip) before the first
 * screen, when apps/web/dist exists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseDocument } from "@jixiao/core";
import { time } from "../../../scripts/bench-util.ts";
import { checkEditedProject, withTarget } from "../app/edit/apply-project-edit.ts";

const root = join(import.meta.dirname, "..", "..", "..");

function initialLoadBytes(): Record<string, number> | null {
  const dist = join(root, "apps", "web", "dist");
  if (!existsSync(join(dist, "index.html"))) return null;
  const html = readFileSync(join(dist, "index.html"), "utf8");
  // index.html names the entry and the chunks it preloads; lazy screens (list, document, editor) come after.
  const named = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1] as string);
  const size = (f: string) => gzipSync(readFileSync(join(dist, "assets", f))).length;
  const all = readdirSync(join(dist, "assets"));
  return {
    initialGzipBytes: named.reduce((n, f) => n + size(f), 0),
    allAssetsGzipBytes: all.reduce((n, f) => n + size(f), 0),
  };
}

export default async function bench(): Promise<Record<string, unknown>> {
  const doc = parseDocument(
    JSON.parse(readFileSync(join(root, "fixtures", "expected", "003_f895533748b46b25.json"), "utf8")),
  );
  const index = doc.projects.reduce(
    (best, p, i) => (p.indicators.length > (doc.projects[best]?.indicators.length ?? 0) ? i : best),
    0,
  );
  const project = doc.projects[index];
  if (!project) throw new Error("seed 003 has no projects");
  let n = 0;
  const keystroke = time(
    () => {
      n += 1;
      const edited = {
        ...project,
        indicators: project.indicators.map((r, i) => (i === 0 ? withTarget(r, `≥${n}家`) : r)),
      };
      return checkEditedProject({ document: doc, index, project: edited });
    },
    { warmup: 10, runs: 100 },
  );
  return {
    document: { projects: doc.projects.length, indicators: doc.projects.reduce((k, p) => k + p.indicators.length, 0) },
    editedProjectIndicators: project.indicators.length,
    liveCheckPerKeystroke: keystroke,
    bundle: initialLoadBytes(),
  };
}
