import { rmSync } from "node:fs";
import { join } from "node:path";
import { createRegion, getDocument, importDocument, listDocuments, openDatabase, sampleDocument } from "@jixiao/db";
import { freshDataDir } from "@jixiao/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../command.ts";
import backup from "./backup.ts";
import restore from "./restore.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function capture(): Io & { text: () => string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), text: () => lines.join("\n") };
}

describe("jixiao backup / restore", () => {
  it("round-trips a data folder through a backup file into an empty one", async () => {
    const source = await freshDataDir();
    const target = await freshDataDir();
    dirs.push(source, target);
    const db = await openDatabase({ dataDir: source });
    const region = await createRegion(db.db, { code: "cli", name: "命令行区" });
    const { record } = await importDocument(db.db, { regionId: region.id, document: sampleDocument() });
    await db.close();

    const file = join(source, "..", `${record.id}.jsonl.gz`);
    dirs.push(file);
    const io = capture();
    expect(await backup.run([file, "--data", source], io)).toBe(0);
    expect(io.text()).toContain("已备份");
    const io2 = capture();
    expect(await restore.run([file, "--data", target], io2)).toBe(0);
    expect(io2.text()).toContain("已恢复");

    const restored = await openDatabase({ dataDir: target });
    try {
      expect((await listDocuments(restored.db, { regionId: region.id })).total).toBe(1);
      expect((await getDocument(restored.db, { regionId: region.id, id: record.id }))?.document).toEqual(
        sampleDocument(),
      );
    } finally {
      await restored.close();
    }
    // Restoring again over data is refused.
    await expect(restore.run([file, "--data", target], capture())).rejects.toMatchObject({ code: "validation" });
  }, 300_000);

  it("needs a file", async () => {
    const io = capture();
    expect(await backup.run([], io)).toBe(2);
    expect(await restore.run(["--bogus"], io)).toBe(2);
  });
});
