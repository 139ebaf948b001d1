import { describe, expect, it } from "vitest";
import type { ReviewComment } from "../api/types.ts";
import { groupComments, indicatorPath } from "./row-comments.tsx";

const comment = (id: string, path: string | null, resolved = false): ReviewComment => ({
  id,
  documentVersion: 1,
  path,
  body: id,
  authorId: null,
  createdAt: "2026-01-01T00:00:00Z",
  resolvedAt: resolved ? "2026-01-02T00:00:00Z" : null,
  resolvedBy: null,
});

describe("row comments", () => {
  it("spells paths as the server's comment routes do", () => {
    expect(indicatorPath("project", 2, 5)).toBe("projects[2].indicators[5]");
    expect(indicatorPath("evaluation", undefined, 0)).toBe("evaluation.indicators[0]");
    expect(indicatorPath("departmentTable.annual", undefined, 3)).toBe("departmentTable.annual.indicators[3]");
  });
  it("groups open comments by path; resolved ones drop out; the document's own under the empty path", () => {
    const map = groupComments([
      comment("a", "projects[0].indicators[1]"),
      comment("b", "projects[0].indicators[1]"),
      comment("c", "projects[0].indicators[1]", true),
      comment("d", null),
    ]);
    expect(map.get("projects[0].indicators[1]")?.map((c) => c.id)).toEqual(["a", "b"]);
    expect(map.get("")?.map((c) => c.id)).toEqual(["d"]);
    expect(map.size).toBe(2);
  });
});
