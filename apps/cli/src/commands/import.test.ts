import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../../..");
const bin = join(root, "apps/cli/bin/jixiao.js");
const tmp = mkdtempSync(join(tmpdir(), "jixiao-import-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "import", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("jixiao import", () => {
  it("prints a Chinese summary of a seed", () => {
    const r = jixiao(join(root, "fixtures/seeds/003_f895533748b46b25.txt"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("类型：部门预算绩效文本");
    expect(r.out).toContain("项目：17 个");
    expect(r.out).toContain("2022年科技创新奖励专项 [13081122P00781510001G]  预算 1010.07万元  指标 9 项");
  });

  it("prints the jixiao/v1 document with --json", () => {
    const r = jixiao(join(root, "fixtures/seeds/000_1d3fb6a94e038dcc.txt"), "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.format).toBe("jixiao/v1");
    expect(doc.projects).toHaveLength(3);
  });

  it("exits 2 with a one-line Chinese and English reason for empty and binary files, no stack trace", () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(tmp, "ls.txt");
    copyFileSync("/bin/ls", binary);
    for (const file of [empty, binary, join(tmp, "missing.txt")]) {
      const r = jixiao(file);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      const lines = r.err.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^错误：.+ \/ error: /);
      expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
