/** Workflow states of a document, with the Chinese names the UI shows. Transitions are the server's rules. */
export const DOCUMENT_STATES = {
  draft: "草稿",
  submitted: "已提交",
  department_approved: "部门审核通过",
  department_returned: "部门退回",
  finance_approved: "财政审核通过",
  finance_returned: "财政退回",
  approved: "已批复",
  published: "已公开",
} as const;
export type DocumentState = keyof typeof DOCUMENT_STATES;

export function isDocumentState(s: string): s is DocumentState {
  return Object.hasOwn(DOCUMENT_STATES, s);
}

/** Role codes (rows of the `roles` table, inserted by a migration). */
export const ROLES = {
  admin: "系统管理员",
  finance_reviewer: "财政审核",
  department_reviewer: "部门审核",
  unit_editor: "单位填报",
  viewer: "只读",
} as const;
export type RoleCode = keyof typeof ROLES;
