import { describe, expect, it } from "vitest";
import { JixiaoError } from "../errors.ts";
import {
  availableActions,
  decideTransition,
  isEditable,
  ROLES,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type WorkflowState,
} from "./workflow.ts";

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof JixiaoError ? e.code : "other";
  }
}

describe("workflow state machine", () => {
  it("walks the happy path 草稿 → 已公开", () => {
    let state: WorkflowState = "draft";
    const steps = [
      ["submit", "unit_editor"],
      ["department_approve", "department_reviewer"],
      ["finance_approve", "finance_reviewer"],
      ["approve", "finance_reviewer"],
      ["publish", "admin"],
    ] as const;
    for (const [action, role] of steps) state = decideTransition({ state, action, role }).to;
    expect(state).toBe("published");
  });

  it("returns go back to the author, who may edit and resubmit", () => {
    const r = decideTransition({
      state: "submitted",
      action: "department_return",
      role: "department_reviewer",
      comment: "指标不全",
    });
    expect(r.to).toBe("department_returned");
    expect(isEditable(r.to)).toBe(true);
    expect(decideTransition({ state: r.to, action: "submit", role: "unit_editor" }).to).toBe("submitted");
    const f = decideTransition({
      state: "department_approved",
      action: "finance_return",
      role: "finance_reviewer",
      comment: "成本过高",
    });
    expect(f.to).toBe("finance_returned");
    expect(availableActions({ state: f.to, role: "unit_editor" })).toEqual(["submit"]);
  });

  it("a return without a comment is refused", () => {
    expect(
      codeOf(() => decideTransition({ state: "submitted", action: "department_return", role: "admin", comment: "  " })),
    ).toBe("validation");
  });

  it("submitting is refused while checks report errors, and the message lists them in Chinese", () => {
    try {
      decideTransition({
        state: "draft",
        action: "submit",
        role: "unit_editor",
        checkErrors: ["缺少满意度指标", "指标值无单位"],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const err = e as JixiaoError;
      expect(err.code).toBe("check_failed");
      expect(err.userMessage).toContain("缺少满意度指标");
      expect(err.userMessage).toContain("指标值无单位");
    }
  });

  it("every state × action × role either moves along the table or throws", () => {
    for (const state of WORKFLOW_STATES)
      for (const action of WORKFLOW_ACTIONS)
        for (const role of ROLES) {
          const rule = TRANSITIONS.find((t) => t.action === action);
          const expected = !rule?.roles.includes(role) ? "forbidden" : !rule.from.includes(state) ? "workflow" : null;
          expect(
            codeOf(() => decideTransition({ state, action, role, comment: "意见" })),
            `${state} ${action} ${role}`,
          ).toBe(expected);
        }
  });

  it("viewers can do nothing; published documents are final", () => {
    for (const state of WORKFLOW_STATES) expect(availableActions({ state, role: "viewer" })).toEqual([]);
    for (const role of ROLES) expect(availableActions({ state: "published", role })).toEqual([]);
  });
});
