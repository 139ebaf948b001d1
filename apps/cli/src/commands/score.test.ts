import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../../..");
const bin = join(root, "apps/cli/bin/jixiao.js");

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "score", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("jixiao score", () => {
  it("recomputes seed 002: stated totals agree, three hand-lowered rows differ from the formula (exit 1)", () => {
    const r = jixiao(join(root, "fixtures/seeds/002_a3cb9191b7c11910.txt"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("预算执行：执行率 96.5%（相符）；得分 9.65（相符）");
    expect(r.out).toContain("总分：93.95（相符）");
    expect(r.out).toContain("自评等级：优（相符）；按公式总分 95.36");
    expect(r.out).toContain("第57行“保障科技局运转及所属事业单位运行成本”得分 0.3，按公式 0.71");
    expect(r.out.match(/^ {2}! 第\d+行.*按公式/gm)).toHaveLength(3);
  });

  it("a project self-evaluation is scored once (its rows are also the evaluation) and agrees (exit 0)", () => {
    const r = jixiao(join(root, "fixtures/text/project-self-evaluation-sichuan.txt"));
    expect(r.code).toBe(0);
    expect(r.out.match(/^【/gm)).toHaveLength(1);
    expect(r.out).toContain("执行率 96%（相符）；得分 9.6（相符）");
  });

  it("prints the scoring as JSON", () => {
    const r = jixiao(join(root, "fixtures/clean/self-evaluation.json"), "--json");
    expect(r.code).toBe(0);
    const [part] = JSON.parse(r.out);
    expect(part.title).toBe("绩效自评表");
    expect(part.totalScore).toEqual({ stated: 98.67, computed: 98.67, agrees: true });
    expect(part.grade.computed).toBe("优");
  });

  it("a target document has nothing to score: exit 2 with a reason in Chinese and English", () => {
    const r = jixiao(join(root, "fixtures/seeds/001_84b2129734047c8f.txt"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有绩效自评表");
    expect(r.err).toContain("no self-evaluation");
  });

  it("a missing file or an unknown pack: exit 2", () => {
    expect(jixiao(join(root, "no-such-file.txt")).code).toBe(2);
    const r = jixiao(join(root, "fixtures/clean/self-evaluation.json"), "--pack", "atlantis");
    expect(r.code).toBe(2);
  });
});
