import {
  type Evaluation,
  type PerformanceDocument,
  type SelfEvaluationScore,
  type StatedVsComputed,
  scoreProjectSelfEvaluation,
  scoreSelfEvaluation,
  scoringSettingsOf,
} from "@jixiao/core";
import { type Command, EXIT } from "../command.ts";
import { openInput } from "../read-input.ts";

const USAGE = [
  "用法 / usage: jixiao score FILE [--json] [--pack ID|FILE.json]",
  "  按计分规则（规则包的分值与公式）重算绩效自评表：预算执行得分、逐行指标得分、总分和自评等级，与表中填写的数字逐项对照。",
  "  退出码：0 全部相符，1 有不相符之处，2 文件无法读取或没有自评表。",
  "  Recomputes a self-evaluation (execution, every row, total, grade) beside its stated figures;",
  "  exit 1 when a stated figure disagrees, 2 when the input cannot be read or has no self-evaluation.",
].join("\n");

interface ScoredPart {
  /** 绩效自评表 (department) or the project's name. */
  title: string;
  score: SelfEvaluationScore;
  rows: { name: string; weight: number | null }[];
}

/** `jixiao score FILE`: the scoring of every self-evaluation part of a document, stated beside computed. */
const scoreCommand: Command = {
  name: "score",
  usage: "重算自评得分 FILE [--json] [--pack ID|FILE] / recompute self-evaluation scores",
  async run(args, io) {
    const opened = await openInput(args, io, USAGE);
    if (typeof opened === "number") return opened;
    const { file, json, pack, input } = opened;
    const parts = scoredParts(input.document, scoringSettingsOf(pack));
    if (parts.length === 0) {
      io.err(
        `错误：${file} 中没有绩效自评表（没有带分值或得分的指标表）/ error: no self-evaluation (no scored indicator table) in ${file}`,
      );
      return EXIT.badInput;
    }
    if (json)
      io.out(
        JSON.stringify(
          parts.map((p) => ({ title: p.title, ...p.score })),
          null,
          2,
        ),
      );
    else io.out([`文件：${file}`, `规则包：${pack.name}（${pack.id}）`, "", ...parts.flatMap(formatPart)].join("\n"));
    return parts.some((p) => disagreements(p.score) > 0) ? EXIT.findings : EXIT.ok;
  },
};

export default scoreCommand;

function scoredParts(doc: PerformanceDocument, settings: ReturnType<typeof scoringSettingsOf>): ScoredPart[] {
  const parts: ScoredPart[] = [];
  const scored = (e: Pick<Evaluation, "indicators">) => e.indicators.some((i) => i.weight !== null || i.score !== null);
  if (doc.evaluation !== null && scored(doc.evaluation)) {
    parts.push({
      title: "绩效自评表",
      score: scoreSelfEvaluation({ evaluation: doc.evaluation, settings }),
      rows: doc.evaluation.indicators,
    });
  }
  doc.projects.forEach((p, k) => {
    if (p.execution === null || !scored(p)) return;
    // A project self-evaluation read with its rows also in `evaluation` is the same table: score it once.
    if (doc.evaluation !== null && doc.evaluation.indicators === p.indicators) return;
    if (parts[0]?.title === "绩效自评表" && doc.projects.length === 1 && sameRows(doc.evaluation, p)) return;
    parts.push({
      title: `项目${k + 1} ${p.name}`,
      score: scoreProjectSelfEvaluation({
        project: p,
        statedTotalWeight: p.totalWeight ?? null,
        statedTotalScore: p.totalScore ?? null,
        settings,
      }),
      rows: p.indicators,
    });
  });
  return parts;
}

function sameRows(e: Evaluation | null, p: { indicators: { name: string }[] }): boolean {
  return (
    e !== null && JSON.stringify(e.indicators.map((i) => i.name)) === JSON.stringify(p.indicators.map((i) => i.name))
  );
}

function disagreements(s: SelfEvaluationScore): number {
  const figures = [s.executionScore, s.executionRate, s.totalScore, s.totalWeight, s.indicatorWeights];
  return (
    figures.filter((f) => f.agrees === false).length +
    s.rows.filter((r) => r.score.agrees === false).length +
    (s.grade.agrees === false ? 1 : 0)
  );
}

function compared(v: StatedVsComputed<number | string>, suffix = ""): string {
  const stated = v.stated === null ? "未填" : `${v.stated}${suffix}`;
  if (v.computed === null) return `${stated}（无法计算）`;
  if (v.agrees === null) return `${stated}（按规则 ${v.computed}${suffix}）`;
  return v.agrees ? `${stated}（相符）` : `${stated}（按规则应为 ${v.computed}${suffix}，不符）`;
}

const LIGHTS = { red: "红", yellow: "黄", green: "绿" } as const;

function formatPart(part: ScoredPart): string[] {
  const s = part.score;
  const lines = [
    `【${part.title}】`,
    `  预算执行：执行率 ${compared(s.executionRate, "%")}；得分 ${compared(s.executionScore)}`,
    `    ${s.execution.explanation}`,
    `  指标分值合计：${compared(s.indicatorWeights)}；得分合计 ${s.indicatorScores}`,
  ];
  const off = s.rows.filter((r) => r.score.agrees === false);
  const manual = s.rows.filter((r) => r.result.manual);
  const missing = s.rows.filter((r) => r.explanationMissing);
  if (off.length === 0) lines.push("  各行得分与计分公式相符");
  for (const r of off) {
    lines.push(
      `  ! 第${r.index + 1}行“${r.name}”得分 ${r.score.stated}，按公式 ${r.score.computed}：${r.result.explanation}`,
    );
  }
  if (manual.length > 0)
    lines.push(`  · ${manual.length} 行须人工评分：${manual.map((r) => `第${r.index + 1}行`).join("、")}`);
  for (const r of missing) lines.push(`  ! 第${r.index + 1}行“${r.name}”须说明偏差原因（得分低于分值或超额完成）`);
  lines.push(
    `  总分：${compared(s.totalScore)}；总分值 ${compared(s.totalWeight)}`,
    `  自评等级：${compared(s.grade)}；按公式总分 ${s.formulaTotal}`,
    `  得分与执行一致性：${LIGHTS[s.consistency.light]}（${s.consistency.reason}）`,
    "",
  );
  return lines;
}
