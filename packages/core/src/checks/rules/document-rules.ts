import type { PerformanceDocument } from "../../model/document.ts";
import { type CheckContext, emit } from "../context.ts";
import { comparable } from "../text.ts";

const MIN_BOILERPLATE = 15;
const EDGE = 12;

/** R-REL-5: the same 绩效目标 or 资金用途 text in two or more projects (copied boilerplate). */
export function checkBoilerplate(ctx: CheckContext, doc: PerformanceDocument): void {
  const seen = new Map<string, number[]>();
  doc.projects.forEach((p, index) => {
    const texts = new Set([comparable(p.purpose), ...p.goals.map(comparable)]);
    const keys = new Set<string>();
    for (const t of texts) {
      const n = [...t].length;
      if (n < MIN_BOILERPLATE) continue;
      keys.add(t);
      // Boilerplate edited in the middle ("…与三项费用使用项目单位的…") keeps its opening and its close.
      if (n >= 2 * EDGE) keys.add(`${t.slice(0, EDGE)}…${t.slice(-EDGE)}`);
    }
    for (const k of keys) {
      const list = seen.get(k) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      seen.set(k, list);
    }
  });
  const reported = new Set<number>();
  for (const [text, indexes] of seen) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      if (reported.has(index)) continue;
      reported.add(index);
      const p = doc.projects[index];
      const others = indexes.filter((k) => k !== index).map((k) => `“${doc.projects[k]?.name}”`);
      emit(
        ctx,
        "R-REL-5",
        { section: "project", projectIndex: index, projectName: p?.name ?? "", field: "goals" },
        `绩效目标或资金用途“${text.slice(0, 30)}${text.length > 30 ? "…" : ""}”与${others.join("、")}相同`,
        { text, projects: indexes },
        "每个项目应写明自己的资金用途和预期产出、效果",
      );
    }
  }
}

/** R-REL-6: 工作保障措施 and the overall goals mention another sector's work (text copied from another department). */
export function checkForeignSector(ctx: CheckContext, doc: PerformanceDocument): void {
  const own = [doc.title, doc.department?.name, ...doc.projects.flatMap((p) => [p.name, p.purpose, ...p.goals])].join(
    "\n",
  );
  const overall = doc.overall;
  if (overall === null) return;
  const parts: { text: string; field: string }[] = [
    { text: overall.summary ?? "", field: "summary" },
    ...overall.items.map((item, k) => ({ text: `${item.goal ?? ""}${item.indicators ?? ""}`, field: `items[${k}]` })),
    ...overall.safeguards.map((s, k) => ({ text: s, field: `safeguards[${k}]` })),
  ];
  for (const part of parts) {
    for (const term of ctx.pack.lexicon.otherSectors) {
      if (!part.text.includes(term) || own.includes(term)) continue;
      const at = part.text.indexOf(term);
      emit(
        ctx,
        "R-REL-6",
        { section: "overall", field: part.field },
        `“${part.text.slice(Math.max(0, at - 10), at + term.length + 10)}”涉及${term}，不是本部门的职责`,
        { term, text: part.text },
        "删除从其他部门文本中照搬的内容，写本部门的保障措施",
      );
      break;
    }
  }
}
