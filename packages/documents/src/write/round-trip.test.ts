import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx } from "../docx/read-docx.ts";
import { readText } from "../read-document.ts";
import { withoutKeys } from "../testing/diff-json.ts";
import { detectAndDecode } from "../text/decode-text.ts";
import { understandBlocks } from "../understand/understand-blocks.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { writeDocx } from "./write-docx.ts";
import { writeXlsx } from "./write-xlsx.ts";

const seeds = join(import.meta.dirname, "../../../../fixtures/seeds");
const handMade = join(import.meta.dirname, "../../../../fixtures/text");

/** The document without `source` (positions differ between the text and the written file by design). */
const withoutSource = (x: unknown): unknown => withoutKeys(x, ["source"]);

const formats = [
  { name: ".docx", write: writeDocx, read: readDocx },
  { name: ".xlsx", write: writeXlsx, read: readXlsx },
];

for (const f of formats) {
  describe(`round trip: seed text → ${f.name} → blocks → the same jixiao/v1 document`, () => {
    for (const file of readdirSync(seeds).filter((x) => x.endsWith(".txt"))) {
      const id = file.slice(0, 3);
      it(`seed ${id}`, async () => {
        const original = readText(readFileSync(join(seeds, file), "utf8")).document;
        const back = understandBlocks(await f.read(await f.write({ document: original }))).document;
        expect(withoutSource(back)).toEqual(withoutSource(original));
      });
    }
  });
}

/**
 * The hand-made odd layouts too, for the kinds the seeds lack: a 绩效运行监控表, a 项目支出绩效自评表, project target
 * tables with 权重 and 度量单位 columns, in GB18030 and UTF-16. A document without a title gets the writer's default
 * title on its cover, so only there `title` may differ.
 */
for (const f of formats) {
  describe(`round trip: hand-made text → ${f.name} → the same jixiao/v1 document`, () => {
    for (const file of readdirSync(handMade)) {
      it(file, async () => {
        const original = readText(detectAndDecode(new Uint8Array(readFileSync(join(handMade, file)))).text).document;
        const back = understandBlocks(await f.read(await f.write({ document: original }))).document;
        if (original.title === null) back.title = null;
        expect(withoutSource(back)).toEqual(withoutSource(original));
      });
    }
  });
}

describe("round trip: a department self-evaluation followed by a project form", () => {
  it("keeps the department form as `evaluation` and the project form as the project", async () => {
    const department = readText(
      readFileSync(join(seeds, readdirSync(seeds).find((x) => x.startsWith("002")) ?? ""), "utf8"),
    ).document;
    const project = readText(readFileSync(join(handMade, "project-self-evaluation-sichuan.txt"), "utf8")).document;
    const both = { ...department, projects: project.projects };
    for (const f of formats) {
      const back = understandBlocks(await f.read(await f.write({ document: both }))).document;
      expect(withoutSource(back), f.name).toEqual(withoutSource(both));
    }
  });
});

describe("round trip: variants of the project forms", () => {
  const load = (name: string) => readText(readFileSync(join(handMade, name), "utf8")).document;
  const copy = <T>(x: T): T => structuredClone(x);
  const monitoring = load("project-monitoring-tianjin.txt");
  const selfEvaluation = load("project-self-evaluation-sichuan.txt");
  const project = (d: typeof monitoring) => d.projects[0] as (typeof monitoring.projects)[number];
  const variants: [string, typeof monitoring][] = [
    ["monitoring without a month", { ...copy(monitoring), monitoring: { month: null } }],
    [
      "monitoring of two projects",
      { ...copy(monitoring), projects: [project(monitoring), { ...copy(project(monitoring)), name: "第二个项目" }] },
    ],
    [
      "monitoring with two goals",
      { ...copy(monitoring), projects: [{ ...copy(project(monitoring)), goals: ["目标一", "目标二"] }] },
    ],
    [
      "two project self-evaluations",
      {
        ...copy(selfEvaluation),
        evaluation: null,
        projects: [project(selfEvaluation), { ...copy(project(selfEvaluation)), name: "第二个项目", totalScore: 88 }],
      },
    ],
  ];
  for (const [name, document] of variants) {
    it(name, async () => {
      for (const f of formats) {
        const back = understandBlocks(await f.read(await f.write({ document }))).document;
        expect(withoutSource(back), f.name).toEqual(withoutSource(document));
      }
    });
  }
});

// Through LibreOffice to PDF and back: pdf/round-trip-pdf.test.ts.
