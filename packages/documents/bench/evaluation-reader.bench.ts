/**
 * Understanding speed of the evaluation-family forms (blocks → document, after text → blocks): seed 002
 * (整体支出绩效自评表, 60 rows), seed 004 (部门整体绩效目标表, 82 rows), the hand-made project self-evaluation and
 * monitoring forms. p50 after warm-up; the text → blocks step of each is measured beside it as the floor.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { time } from "../../../scripts/bench-util.ts";
import { textToBlocks } from "../src/text/text-to-blocks.ts";
import { understandDepartmentTable } from "../src/understand/department-table/understand-department-table.ts";
import { understandMonitoring } from "../src/understand/monitoring/understand-monitoring.ts";
import { understandSelfEvaluation } from "../src/understand/self-evaluation/understand-self-evaluation.ts";

const fixtures = join(import.meta.dirname, "../../../fixtures");

export default async function bench(): Promise<Record<string, unknown>> {
  const cases = [
    {
      name: "002 self-evaluation (department)",
      file: "seeds/002_a3cb9191b7c11910.txt",
      read: understandSelfEvaluation,
    },
    { name: "004 department table", file: "seeds/004_55dcf13382c431db.txt", read: understandDepartmentTable },
    {
      name: "project self-evaluation",
      file: "text/project-self-evaluation-sichuan.txt",
      read: understandSelfEvaluation,
    },
    { name: "project monitoring", file: "text/project-monitoring-tianjin.txt", read: understandMonitoring },
  ];
  const out: Record<string, unknown> = {};
  for (const c of cases) {
    const text = readFileSync(join(fixtures, c.file), "utf8");
    const blocks = textToBlocks(text);
    const understand = time(() => c.read({ blocks }), { warmup: 50, runs: 300 });
    const floor = time(() => textToBlocks(text), { warmup: 50, runs: 300 });
    out[c.name] = {
      understandP50Ms: understand.p50Ms,
      understandMeanMs: understand.meanMs,
      textToBlocksP50Ms: floor.p50Ms,
    };
  }
  return out;
}
