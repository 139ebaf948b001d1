import { JixiaoError, ROLE_LABELS, ruleOf, type WorkflowAction } from "@jixiao/core";
import type { Principal } from "./principal.ts";

/**
 * Authorization by role AND organisation scope. Every route calls one of these after validation; each throws
 * `forbidden` (or `not_found` across regions, so other regions' ids tell nothing).
 */
export interface OrgTarget {
  regionId: string;
  departmentId: string | null;
  unitId: string | null;
}

export type Permission = "read" | "edit" | "review" | "admin";

function sameRegion(p: Principal, t: OrgTarget): boolean {
  return p.regionId === t.regionId;
}

function inDepartment(p: Principal, t: OrgTarget): boolean {
  return p.departmentId !== null && p.departmentId === t.departmentId;
}

/** A unit editor's scope: their unit's documents, and their department's documents that belong to no unit. */
function inUnit(p: Principal, t: OrgTarget): boolean {
  if (!inDepartment(p, t)) return false;
  return p.unitId === null || t.unitId === null || t.unitId === p.unitId;
}

export function can(p: Principal, permission: Permission, t: OrgTarget): boolean {
  if (!sameRegion(p, t)) return false;
  switch (p.role) {
    case "admin":
      return true;
    case "finance_reviewer":
      return permission === "read" || permission === "review";
    case "department_reviewer":
      return (permission === "read" || permission === "review") && inDepartment(p, t);
    case "unit_editor":
      return (permission === "read" || permission === "edit") && inUnit(p, t);
    case "viewer":
      return permission === "read" && (p.departmentId === null || inDepartment(p, t));
  }
}

const VERBS: Record<Permission, string> = { read: "查看", edit: "修改", review: "审核", admin: "管理" };

export function authorize(p: Principal, permission: Permission, t: OrgTarget): void {
  if (!sameRegion(p, t)) {
    throw new JixiaoError("not_found", "target in another region", { userMessage: "没有找到该记录" });
  }
  if (!can(p, permission, t)) {
    throw new JixiaoError("forbidden", `${p.role} may not ${permission} in this organisation`, {
      userMessage: `“${ROLE_LABELS[p.role]}”账号无权${VERBS[permission]}该部门或单位的数据`,
    });
  }
}

/** Workflow actions: submitting needs the author's scope, department actions the department's, finance the region's. */
export function authorizeAction(p: Principal, action: WorkflowAction, t: OrgTarget): void {
  const rule = ruleOf(action);
  if (!rule.roles.includes(p.role)) {
    throw new JixiaoError("forbidden", `${p.role} may not ${action}`, {
      userMessage: `“${ROLE_LABELS[p.role]}”账号不能执行“${rule.label}”`,
    });
  }
  authorize(p, action === "submit" ? "edit" : "review", t);
}

/** Region-wide administration (users, departments, units, audit log). */
export function authorizeAdmin(p: Principal, regionId: string = p.regionId): void {
  authorize(p, "admin", { regionId, departmentId: null, unitId: null });
}
