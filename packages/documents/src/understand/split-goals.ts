/**
 * "目标1：… 目标2：…" / "1.… 2.…" / "（1）…（2）…" → one entry per numbered goal, the number marker removed.
 * A marker counts only when it carries the next expected number (1, 2, 3 …) and stands at the start or after a
 * space or punctuation, so "贷款1.5亿元" or "第2批" never split a goal. Text without markers is one goal.
 * A multi-level marker counts by its first number ("1.1.为加快…" → goal 1 "为加快…").
 */

const MARKER =
  /[（(]\s*(\d{1,2})\s*[)）]|(?:^|(?<=[\s。；;，,！!？?：:、]))(?:目标\s*(\d{1,2})\s*[:：、.．]?|(\d{1,2})(?:[.．]\d{1,2}(?=[.．、]))*\s*[、.．](?!\d(?!\d{3}年)))/g;

export function splitGoals(text: string | null): string[] {
  if (text === null) return [];
  const cuts: { at: number; end: number }[] = [];
  let expected = 1;
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (n !== expected) continue;
    cuts.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    expected++;
  }
  if (cuts.length === 0) return [text];
  const out: string[] = [];
  const head = text.slice(0, cuts[0]?.at ?? 0).trim();
  if (head !== "") out.push(head);
  cuts.forEach((c, i) => {
    const next = cuts[i + 1];
    const entry = text
      .slice(c.end, next ? next.at : text.length)
      .trim()
      .replace(/[；;，,\s]+$/, "");
    if (entry !== "") out.push(entry);
  });
  return out;
}
