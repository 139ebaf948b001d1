import { JixiaoError } from "../errors.ts";

/**
 * The review workflow of target documents, monitoring reports and self-evaluations (审核流程), as pure data:
 * 草稿 → 已提交 → 部门审核通过 / 退回 → 财政审核通过 / 退回 → 已批复 → 已公开.
 * The server asks this module what may happen; the web UI uses the same table to show the buttons.
 */
export const WORKFLOW_STATES = [
  "draft",
  "submitted",
  "department_approved",
  "department_returned",
  "finance_approved",
  "finance_returned",
  "approved",
  "published",
] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: "草稿",
  submitted: "已提交",
  department_approved: "部门审核通过",
  department_returned: "部门退回",
  finance_approved: "财政审核通过",
  finance_returned: "财政退回",
  approved: "已批复",
  published: "已公开",
};

export const ROLES = ["admin", "finance_reviewer", "department_reviewer", "unit_editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "系统管理员",
  finance_reviewer: "财政审核",
  department_reviewer: "部门审核",
  unit_editor: "单位填报",
  viewer: "只读",
};

export const WORKFLOW_ACTIONS = [
  "submit",
  "department_approve",
  "department_return",
  "finance_approve",
  "finance_return",
  "approve",
  "publish",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface TransitionRule {
  action: WorkflowAction;
  label: string;
  from: readonly WorkflowState[];
  to: WorkflowState;
  /** Roles that may take this action (organisation scope is the server's business). */
  roles: readonly Role[];
  /** A return must say why. */
  requiresComment: boolean;
  /** Refused while the machine checks report errors. */
  requiresCleanChecks: boolean;
}

export const TRANSITIONS: readonly TransitionRule[] = [
  {
    action: "submit",
    label: "提交",
    from: ["draft", "department_returned", "finance_returned"],
    to: "submitted",
    roles: ["unit_editor", "admin"],
    requiresComment: false,
    requiresCleanChecks: true,
  },
  {
    action: "department_approve",
    label: "部门审核通过",
    from: ["submitted"],
    to: "department_approved",
    roles: ["department_reviewer", "admin"],
    requiresComment: false,
    requiresCleanChecks: false,
  },
  {
    action: "department_return",
    label: "部门退回",
    from: ["submitted"],
    to: "department_returned",
    roles: ["department_reviewer", "admin"],
    requiresComment: true,
    requiresCleanChecks: false,
  },
  {
    action: "finance_approve",
    label: "财政审核通过",
    from: ["department_approved"],
    to: "finance_approved",
    roles: ["finance_reviewer", "admin"],
    requiresComment: false,
    requiresCleanChecks: false,
  },
  {
    action: "finance_return",
    label: "财政退回",
    from: ["department_approved"],
    to: "finance_returned",
    roles: ["finance_reviewer", "admin"],
    requiresComment: true,
    requiresCleanChecks: false,
  },
  {
    action: "approve",
    label: "批复",
    from: ["finance_approved"],
    to: "approved",
    roles: ["finance_reviewer", "admin"],
    requiresComment: false,
    requiresCleanChecks: false,
  },
  {
    action: "publish",
    label: "公开",
    from: ["approved"],
    to: "published",
    roles: ["finance_reviewer", "admin"],
    requiresComment: false,
    requiresCleanChecks: true,
  },
];

/** States in which the content may be edited (the author holds the pen). */
export const EDITABLE_STATES: readonly WorkflowState[] = ["draft", "department_returned", "finance_returned"];

export function isEditable(state: WorkflowState): boolean {
  return EDITABLE_STATES.includes(state);
}

export function isWorkflowState(value: string): value is WorkflowState {
  return (WORKFLOW_STATES as readonly string[]).includes(value);
}

export function ruleOf(action: WorkflowAction): TransitionRule {
  const rule = TRANSITIONS.find((t) => t.action === action);
  if (!rule) throw new Error(`unknown workflow action ${action}`);
  return rule;
}

/** The actions a role may take on a document in `state` (for buttons; scope is checked elsewhere). */
export function availableActions(options: { state: WorkflowState; role: Role }): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(options.state) && t.roles.includes(options.role)).map(
    (t) => t.action,
  );
}

export interface TransitionRequest {
  state: WorkflowState;
  action: WorkflowAction;
  role: Role;
  comment?: string | null;
  /** Chinese texts of the errors the checks report now; only consulted for actions that require clean checks. */
  checkErrors?: readonly string[];
}

export interface TransitionResult {
  from: WorkflowState;
  to: WorkflowState;
  action: WorkflowAction;
}

/**
 * Decides one transition. Throws `JixiaoError` ("workflow", "forbidden" or "check_failed") with a Chinese message
 * when it may not happen; returns the target state otherwise. Pure: recording it is the caller's job.
 */
export function decideTransition(request: TransitionRequest): TransitionResult {
  const rule = ruleOf(request.action);
  if (!rule.roles.includes(request.role)) {
    throw new JixiaoError("forbidden", `role ${request.role} may not ${request.action}`, {
      userMessage: `“${ROLE_LABELS[request.role]}”角色不能执行“${rule.label}”操作`,
    });
  }
  if (!rule.from.includes(request.state)) {
    const allowed = rule.from.map((s) => STATE_LABELS[s]).join("、");
    throw new JixiaoError("workflow", `cannot ${request.action} from ${request.state}`, {
      userMessage: `当前状态为“${STATE_LABELS[request.state]}”，不能“${rule.label}”（仅限：${allowed}）`,
      details: { state: request.state, action: request.action },
    });
  }
  if (rule.requiresComment && !request.comment?.trim()) {
    throw new JixiaoError("validation", `${request.action} requires a comment`, {
      userMessage: `“${rule.label}”必须填写审核意见`,
    });
  }
  const errors = request.checkErrors ?? [];
  if (rule.requiresCleanChecks && errors.length > 0) {
    const shown = errors.slice(0, 10).map((e, i) => `${i + 1}. ${e}`);
    const more = errors.length > 10 ? `\n……另有 ${errors.length - 10} 处错误` : "";
    throw new JixiaoError("check_failed", `${request.action} refused: ${errors.length} check error(s)`, {
      userMessage: `审核发现 ${errors.length} 处错误，不能“${rule.label}”，请先修改：\n${shown.join("\n")}${more}`,
      details: { errors },
    });
  }
  return { from: request.state, to: rule.to, action: request.action };
}
