import { JixiaoError, type PerformanceDocument } from "@jixiao/core";
import {
  assertDocumentReferences,
  createDocument,
  type Db,
  findOrCreateDepartment,
  type StoredDocument,
} from "@jixiao/db";
import { loadAuthorizedDocument } from "../auth/document-access.ts";
import type { Principal } from "../auth/principal.ts";
import { authorize } from "../auth/scope.ts";

export interface CreateDocumentInput {
  db: Db;
  principal: Principal;
  document: PerformanceDocument;
  /** Where it belongs; defaults to the principal's department, else the document's own 部门 (found or created). */
  departmentId?: string | null;
  unitId?: string | null;
  sourceFileId?: string | null;
  relatesToDocumentId?: string | null;
  reason?: "create" | "import";
}

/** Stores a new document (version 1) in the right organisation, after checking the principal may write there. */
export async function createStoredDocument(input: CreateDocumentInput): Promise<StoredDocument> {
  const { principal, document } = input;
  const departmentId = await resolveDepartment(input);
  const unitId = input.unitId ?? (principal.role === "unit_editor" ? principal.unitId : null);
  authorize(principal, "edit", { regionId: principal.regionId, departmentId, unitId });
  // Ids from the request must be of this region (404 otherwise), the measured targets document one the author may read.
  await assertDocumentReferences(input.db, {
    regionId: principal.regionId,
    departmentId,
    unitId,
    sourceFileId: input.sourceFileId ?? null,
  });
  if (input.relatesToDocumentId) {
    await loadAuthorizedDocument({ db: input.db, principal, id: input.relatesToDocumentId, permission: "read" });
  }
  return createDocument(input.db, {
    regionId: principal.regionId,
    document,
    userId: principal.userId,
    departmentId,
    unitId,
    sourceFileId: input.sourceFileId ?? null,
    relatesToDocumentId: input.relatesToDocumentId ?? null,
    reason: input.reason ?? "create",
  });
}

async function resolveDepartment(input: CreateDocumentInput): Promise<string | null> {
  if (input.departmentId) return input.departmentId;
  if (input.principal.departmentId) return input.principal.departmentId;
  const named = input.document.department;
  if (!named) {
    throw new JixiaoError("validation", "no department", {
      userMessage: "文档中没有写明部门，请选择该文档所属的部门（departmentId）",
    });
  }
  // Only region-wide roles get here; creating the department is part of importing the region's documents.
  authorize(input.principal, "edit", { regionId: input.principal.regionId, departmentId: null, unitId: null });
  const department = await findOrCreateDepartment(input.db, {
    regionId: input.principal.regionId,
    code: named.code,
    name: named.name,
    userId: input.principal.userId,
  });
  return department.id;
}
