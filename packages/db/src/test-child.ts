/**
 * A child process for the crash tests: `node test-child.ts <mode> <dataDir>`.
 * - open:        opens the folder, prints "opened" (or the error code), waits for stdin to close.
 * - import-hang: imports a big document inside an outer transaction, prints "written" and hangs before COMMIT.
 * - import-commit: imports a big document, prints "committed <id>" and hangs (the commit must survive kill -9).
 * - import-loop: imports big documents one after another, printing "committed" after each, until killed.
 */
import { isJixiaoError } from "@jixiao/core";
import { openDatabase } from "./open-database.ts";
import { importDocument } from "./repositories/import-document.ts";
import { createRegion, findRegionByCode } from "./repositories/regions.ts";
import { sampleDocument } from "./testing.ts";

const [mode, dataDir] = process.argv.slice(2);
const hang = () => new Promise<never>(() => setInterval(() => undefined, 1 << 30));

try {
  const database = await openDatabase({ dataDir: dataDir ?? "./data" });
  if (mode === "open") {
    process.stdout.write("opened\n");
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.on("end", resolve));
    await database.close();
    process.exit(0);
  }
  const db = database.db;
  const region =
    (await findRegionByCode(db, { code: "crash" })) ?? (await createRegion(db, { code: "crash", name: "崩溃测试" }));
  const document = sampleDocument({ projects: 120, indicators: 25, title: "大文档" });
  if (mode === "import-hang") {
    await database.transaction(async (tx) => {
      await importDocument(tx, { regionId: region.id, document });
      process.stdout.write("written\n");
      await hang();
    });
  } else if (mode === "import-commit") {
    const stored = await importDocument(db, { regionId: region.id, document });
    process.stdout.write(`committed ${stored.record.id}\n`);
    await hang();
  } else if (mode === "import-loop") {
    for (;;) {
      await importDocument(db, { regionId: region.id, document });
      process.stdout.write("committed\n");
    }
  }
} catch (e) {
  process.stdout.write(`${isJixiaoError(e) ? e.code : "error"}\n`);
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
}
