import { ROLES, type Role } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { Principal } from "./principal.ts";
import { can, type Permission } from "./scope.ts";

const principal = (role: Role, departmentId: string | null, unitId: string | null = null): Principal => ({
  userId: "u",
  username: "u",
  displayName: "u",
  regionId: "r1",
  role,
  departmentId,
  unitId,
  sessionId: "s",
  mustChangePassword: false,
});

describe("can (role × permission × organisation)", () => {
  const own = { regionId: "r1", departmentId: "d1", unitId: "u1" };
  const other = { regionId: "r1", departmentId: "d2", unitId: "u2" };
  const elsewhere = { regionId: "r2", departmentId: "d1", unitId: "u1" };
  const expected: Record<Role, Record<Permission, [boolean, boolean]>> = {
    admin: { read: [true, true], edit: [true, true], review: [true, true], admin: [true, true] },
    finance_reviewer: { read: [true, true], edit: [false, false], review: [true, true], admin: [false, false] },
    department_reviewer: { read: [true, false], edit: [false, false], review: [true, false], admin: [false, false] },
    unit_editor: { read: [true, false], edit: [true, false], review: [false, false], admin: [false, false] },
    viewer: { read: [true, false], edit: [false, false], review: [false, false], admin: [false, false] },
  };
  for (const role of ROLES)
    for (const permission of ["read", "edit", "review", "admin"] as const) {
      it(`${role} ${permission}`, () => {
        const p = principal(
          role,
          role === "admin" || role === "finance_reviewer" ? null : "d1",
          role === "unit_editor" ? "u1" : null,
        );
        expect([can(p, permission, own), can(p, permission, other)]).toEqual(expected[role][permission]);
        expect(can(p, permission, elsewhere)).toBe(false);
      });
    }

  it("a unit editor sees department-level documents but not a sister unit's", () => {
    const p = principal("unit_editor", "d1", "u1");
    expect(can(p, "edit", { regionId: "r1", departmentId: "d1", unitId: null })).toBe(true);
    expect(can(p, "edit", { regionId: "r1", departmentId: "d1", unitId: "u9" })).toBe(false);
  });
});
