import type { FindingSection } from "@jixiao/core";
import { Tag, Typography } from "antd";
import { createContext, useContext } from "react";
import type { ReviewComment } from "../api/types.ts";

/** Unresolved review comments by the path they point at (`projects[0].indicators[2]`, `projects[1]`, or "" for the document). */
export const RowCommentsContext = createContext<Map<string, ReviewComment[]>>(new Map());

export function groupComments(comments: readonly ReviewComment[]): Map<string, ReviewComment[]> {
  const map = new Map<string, ReviewComment[]>();
  for (const c of comments) {
    if (c.resolvedAt) continue;
    const key = c.path ?? "";
    map.set(key, [...(map.get(key) ?? []), c]);
  }
  return map;
}

/** The comment path of one indicator row, as the server's comment routes spell it. */
export function indicatorPath(section: FindingSection, projectIndex: number | undefined, row: number): string {
  if (section === "project") return `projects[${projectIndex ?? 0}].indicators[${row}]`;
  if (section === "evaluation") return `evaluation.indicators[${row}]`;
  if (section === "departmentTable.longTerm") return `departmentTable.longTerm.indicators[${row}]`;
  if (section === "departmentTable.annual") return `departmentTable.annual.indicators[${row}]`;
  return "";
}

/** The reviewers' open comments on one path, shown beside the findings. */
export function RowComments(props: { path: string }) {
  const comments = useContext(RowCommentsContext).get(props.path);
  if (!comments?.length) return null;
  return (
    <div data-testid="row-comment">
      {comments.map((c) => (
        <div key={c.id} style={{ marginBottom: 6 }}>
          <Tag color="purple" style={{ marginInlineEnd: 4 }}>
            审核意见
          </Tag>
          <Typography.Text>{c.body}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
