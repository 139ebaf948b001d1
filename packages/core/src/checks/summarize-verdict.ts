import type { Dimension, Finding, ReviewGrade, SeverityCounts, Verdict } from "./types.ts";

const DIMENSIONS: readonly Dimension[] = ["完整性", "相关性", "适当性", "可行性"];

const LABELS: Record<ReviewGrade, string> = {
  优: "优：未发现问题，可以通过",
  良: "良：仅有提示，审核人酌情处理",
  中: "中：有警告，应修改后重新报送",
  差: "差：有错误，退回修改，不得进入预算安排",
};

/** 审核结论 by §3.8: any error ⇒ 差; only warnings ⇒ 中; only info ⇒ 良; none ⇒ 优. */
export function summarizeVerdict(findings: readonly Finding[]): Verdict {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, { error: 0, warning: 0, info: 0 }])) as Record<
    Dimension,
    SeverityCounts
  >;
  for (const f of findings) {
    counts[f.severity]++;
    byDimension[f.dimension][f.severity]++;
  }
  const grade: ReviewGrade = counts.error > 0 ? "差" : counts.warning > 0 ? "中" : counts.info > 0 ? "良" : "优";
  return { grade, label: LABELS[grade], counts, byDimension };
}
