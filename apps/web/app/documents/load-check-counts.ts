import type { SeverityCounts } from "@jixiao/core";
import { api } from "../api/client.ts";
import type { CheckOutcome } from "../api/types.ts";

export interface CheckSummary {
  counts: SeverityCounts;
  grade: string | null;
}

/** The server's check of each listed document, a few at a time so a long list does not flood the server. */
export async function loadCheckSummaries(options: {
  ids: string[];
  concurrency?: number;
  onResult: (id: string, summary: CheckSummary | null) => void;
}): Promise<void> {
  const queue = [...options.ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const outcome = await api.get<CheckOutcome>(`/api/documents/${id}/check`);
        options.onResult(id, summarize(outcome));
      } catch {
        options.onResult(id, null);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
}

export function summarize(outcome: CheckOutcome): CheckSummary {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of outcome.report.findings) counts[f.severity] += 1;
  return { counts, grade: outcome.report.verdict?.grade ?? null };
}
