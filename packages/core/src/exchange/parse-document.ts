import type { z } from "zod";
import { JixiaoError } from "../errors.ts";
import { documentSchema, type PerformanceDocument } from "../model/document.ts";

export interface DocumentIssue {
  /** JSON path, e.g. `projects[2].indicators[0].target`. */
  path: string;
  message: string;
}

/** Validates unknown JSON as a `jixiao/v1` document; throws `invalid_document` listing every bad field. */
export function parseDocument(input: unknown): PerformanceDocument {
  const result = documentSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  const head = issues
    .slice(0, 5)
    .map((i) => `${i.path || "(根)"}：${i.message}`)
    .join("；");
  throw new JixiaoError("invalid_document", `not a valid jixiao/v1 document: ${issues.length} issue(s)`, {
    userMessage: `不是有效的 jixiao/v1 文档（${issues.length} 处错误）：${head}`,
    details: issues,
  });
}

export function describeIssues(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: chineseMessage(i) }));
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function chineseMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `类型错误，应为 ${issue.expected}`;
    case "unrecognized_keys":
      return `未知字段 ${issue.keys.join("、")}`;
    case "invalid_value":
      return `取值无效，应为 ${issue.values.map(String).join(" / ")}`;
    case "too_small":
      return `数值过小（最小 ${String(issue.minimum)}）`;
    case "too_big":
      return `数值过大（最大 ${String(issue.maximum)}）`;
    default:
      return issue.message;
  }
}
