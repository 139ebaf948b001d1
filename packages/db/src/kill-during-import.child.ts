/**
 * Child process of kill-during-import.test.ts: `node kill-during-import.child.ts <mode> <target>`, target a PGlite
 * folder or a postgres:// URL. Imports a big document WITH its source file into a department that does not exist
 * yet (so every table of an import is written), then:
 * - hang:   the import runs in an outer transaction; prints "written" after all rows are written and hangs before COMMIT.
 * - loop:   imports one document after another, printing "committed" after each, until killed.
 */
import { openDatabase } from "./open-database.ts";
import { importDocument } from "./repositories/import-document.ts";
import { createRegion, findRegionByCode } from "./repositories/regions.ts";
import { sampleDocument } from "./testing.ts";

const [mode, target = ""] = process.argv.slice(2);
const database = await openDatabase(target.startsWith("postgres") ? { url: target, poolSize: 2 } : { dataDir: target });
const region =
  (await findRegionByCode(database.db, { code: "kill" })) ??
  (await createRegion(database.db, { code: "kill", name: "强杀测试" }));
const file = { fileName: "大文档.docx", bytes: new Uint8Array(256 * 1024).fill(7), mediaType: null };
let n = 0;
const next = () => ({
  regionId: region.id,
  document: sampleDocument({ projects: 120, indicators: 25, title: "大文档", department: `新部门${n++}` }),
  file,
});
if (mode === "hang") {
  await database.transaction(async (tx) => {
    await importDocument(tx, next());
    process.stdout.write("written\n");
    await new Promise<never>(() => setInterval(() => undefined, 1 << 30));
  });
} else {
  for (;;) {
    await importDocument(database.db, next());
    process.stdout.write("committed\n");
  }
}
