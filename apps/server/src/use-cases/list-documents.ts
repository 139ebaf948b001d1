import { type Db, type DocumentRecord, listDocuments } from "@jixiao/db";
import type { Principal } from "../auth/principal.ts";
import { can } from "../auth/scope.ts";

export interface ListDocumentsInput {
  db: Db;
  principal: Principal;
  filter: { year?: number; departmentId?: string; state?: string; kind?: string; limit?: number; offset?: number };
}

/** Documents the principal may read: department-bound users only ever see their department's. */
export async function listVisibleDocuments(
  input: ListDocumentsInput,
): Promise<{ items: DocumentRecord[]; total: number }> {
  const { principal, filter } = input;
  const bound = principal.role !== "admin" && principal.role !== "finance_reviewer" && principal.departmentId !== null;
  if (bound && filter.departmentId && filter.departmentId !== principal.departmentId) return { items: [], total: 0 };
  const result = await listDocuments(input.db, {
    regionId: principal.regionId,
    ...filter,
    ...(bound && principal.departmentId ? { departmentId: principal.departmentId } : {}),
  });
  // A unit editor also sees no sister unit's documents (the repository filters by department only).
  const items = result.items.filter((r) => can(principal, "read", r));
  return { items, total: result.total - (result.items.length - items.length) };
}
