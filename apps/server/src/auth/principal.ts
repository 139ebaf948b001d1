import type { Role } from "@jixiao/core";

/** The signed-in user as the server sees them on every request. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  regionId: string;
  role: Role;
  /** 部门审核 / 单位填报 / 只读 users are bound to a department; 单位填报 also to a unit. */
  departmentId: string | null;
  unitId: string | null;
  sessionId: string;
  mustChangePassword: boolean;
}
