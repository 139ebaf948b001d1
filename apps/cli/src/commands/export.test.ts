import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocx, readText, readXlsx } from "@jixiao/documents";
import { describe, expect, it } from "vitest";
import type { Io } from "../command.ts";
import exportCommand from "./export.ts";

const seeds = join(import.meta.dirname, "../../../../fixtures/seeds");

function capture(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe("jixiao export", () => {
  it("writes the official .docx of a seed text file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-export-"));
    const out = join(dir, "seed000.docx");
    const c = capture();
    const code = await exportCommand.run([join(seeds, "000_1d3fb6a94e038dcc.txt"), "--to", "docx", "--out", out], c.io);
    expect(code).toBe(0);
    expect(c.out.join("")).toContain(out);
    const blocks = await readDocx(new Uint8Array(readFileSync(out)));
    expect(blocks.some((b) => b.kind === "paragraph" && b.text === "第二部分 预算项目绩效目标")).toBe(true);
  });

  it("writes .xlsx from a jixiao/v1 JSON document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-export-"));
    const doc = readText(readFileSync(join(seeds, "002_a3cb9191b7c11910.txt"), "utf8")).document;
    const json = join(dir, "doc.json");
    writeFileSync(json, JSON.stringify(doc));
    const c = capture();
    expect(await exportCommand.run([json, "--to=xlsx", "--out", join(dir, "out.xlsx")], c.io)).toBe(0);
    const blocks = await readXlsx(new Uint8Array(readFileSync(join(dir, "out.xlsx"))));
    expect(blocks.some((b) => b.kind === "table" && b.rows[0]?.[1]?.text === "天津市科学技术局")).toBe(true);
  });

  it("refuses a missing or unknown --to and a missing file, in Chinese", async () => {
    const c = capture();
    expect(await exportCommand.run([join(seeds, "000_1d3fb6a94e038dcc.txt"), "--to", "odt"], c.io)).toBe(2);
    expect(c.err.join("")).toContain("--to 必须是");
    const d = capture();
    expect(await exportCommand.run(["/nonexistent/x.txt", "--to", "docx"], d.io)).toBe(2);
    expect(d.err.join("")).toContain("无法读取文件");
  });
});
