import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../../..");
const bin = join(root, "apps/cli/bin/jixiao.js");
const tmp = mkdtempSync(join(tmpdir(), "jixiao-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "check", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("jixiao check", () => {
  it("prints findings grouped by project with suggestions and exits 1 on errors", () => {
    const r = jixiao(join(root, "fixtures/seeds/001_84b2129734047c8f.txt"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("审核结论：差");
    expect(r.out).toContain("【项目4】劳务费");
    expect(r.out).toContain("建议：成本指标应写作“≤5.10万元”（不超过预算数）");
    expect(r.out).toContain("建议：资金支出计划应累计递增并在12月底达到100%");
  });

  it("finds the template placeholder on the cover page of seed 003", () => {
    const r = jixiao(join(root, "fixtures/seeds/003_f895533748b46b25.txt"));
    expect(r.out).toContain("R-TXT-1");
  });

  it("exits 0 on a clean jixiao/v1 document and prints the report with --json", () => {
    const r = jixiao(join(root, "fixtures/clean/performance-text.json"), "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.verdict.grade).toBe("优");
    expect(report.pack.id).toBe("national");
    expect(report.projects).toHaveLength(3);
  });

  it("takes a pack by id or as a JSON file", () => {
    expect(
      JSON.parse(jixiao(join(root, "fixtures/clean/performance-text.json"), "--json", "--pack", "hubei").out).pack.id,
    ).toBe("hubei");
    const file = join(tmp, "pack.json");
    writeFileSync(
      file,
      JSON.stringify({
        id: "strict-basis",
        name: "严格依据",
        region: null,
        years: { from: null, to: null },
        extends: "national",
        description: "依据只能是五种标准",
        basisPolicy: "enum",
      }),
    );
    const r = jixiao(join(root, "fixtures/clean/performance-text.json"), "--json", "--pack", file);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.pack.id).toBe("strict-basis");
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === "R-IND-6")).toBe(true);
  });

  it("exits 2 for an unreadable file or pack, with a Chinese reason", () => {
    const missing = jixiao(join(tmp, "missing.txt"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取文件");
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    expect(jixiao(empty).code).toBe(2);
    const bad = join(tmp, "bad-pack.json");
    writeFileSync(bad, JSON.stringify({ id: "x" }));
    const r = jixiao(join(root, "fixtures/clean/performance-text.json"), "--pack", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("规则包无效");
    expect(jixiao(join(root, "fixtures/clean/performance-text.json"), "--pack", "mars").err).toContain(
      "没有编号为“mars”的规则包",
    );
  });
});
