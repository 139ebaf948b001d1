import { JixiaoError, type Role } from "@jixiao/core";
import { type Db, getDepartment, listUnits } from "@jixiao/db";

/** 部门审核 needs a department, 单位填报 a department and optionally a unit of it; region-wide roles neither. */
export async function assertOrganisationFits(options: {
  db: Db;
  regionId: string;
  role: Role;
  departmentId?: string | null;
  unitId?: string | null;
}): Promise<void> {
  const { role, departmentId, unitId } = options;
  const bad = (message: string) => new JixiaoError("validation", message, { userMessage: message });
  if ((role === "admin" || role === "finance_reviewer") && (departmentId || unitId)) {
    throw bad("系统管理员和财政审核账号面向全地区，不能指定部门或单位");
  }
  if ((role === "department_reviewer" || role === "unit_editor") && !departmentId) {
    throw bad("部门审核和单位填报账号必须指定部门");
  }
  if (unitId && role !== "unit_editor") throw bad("只有单位填报账号可以指定预算单位");
  if (departmentId && !(await getDepartment(options.db, { regionId: options.regionId, id: departmentId }))) {
    throw bad("所选部门不存在");
  }
  if (unitId) {
    const units = await listUnits(options.db, { regionId: options.regionId, departmentId: departmentId ?? undefined });
    if (!units.some((u) => u.id === unitId)) throw bad("所选单位不属于该部门");
  }
}
