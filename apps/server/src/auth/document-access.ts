import { isEditable, isWorkflowState, JixiaoError, STATE_LABELS } from "@jixiao/core";
import { type Database, type Db, type DocumentRecord, getDocument, type StoredDocument } from "@jixiao/db";
import type { Principal } from "./principal.ts";
import { authorize, type Permission } from "./scope.ts";

/** Loads a document of the principal's region and checks the permission on its organisation. */
export async function loadAuthorizedDocument(options: {
  db: Db;
  principal: Principal;
  id: string;
  permission: Permission;
}): Promise<StoredDocument> {
  const stored = await getDocument(options.db, { regionId: options.principal.regionId, id: options.id });
  if (!stored) {
    throw new JixiaoError("not_found", `document ${options.id} not found`, { userMessage: "没有找到该文档" });
  }
  authorize(options.principal, options.permission, stored.record);
  return stored;
}

/** If-Match header ("3", W/"3", 3) or the body's `version`: the version the editor started from. */
export function expectedVersionOf(ifMatch: string | string[] | undefined, bodyVersion: number | undefined): number {
  const header = Array.isArray(ifMatch) ? ifMatch[0] : ifMatch;
  if (header !== undefined) {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (!m) {
      throw new JixiaoError("validation", `bad If-Match ${header}`, {
        userMessage: 'If-Match 应为文档版本号，例如 "3"',
      });
    }
    return Number(m[1]);
  }
  if (bodyVersion !== undefined) return bodyVersion;
  throw new JixiaoError("validation", "missing version", {
    userMessage: "缺少版本号：请在 If-Match 请求头或请求内容的 version 字段中给出您编辑的文档版本",
  });
}

/** Content changes only while the author holds the pen (草稿 or 退回). */
export function assertEditable(record: DocumentRecord): void {
  if (isWorkflowState(record.state) && isEditable(record.state)) return;
  const label = isWorkflowState(record.state) ? STATE_LABELS[record.state] : record.state;
  throw new JixiaoError("workflow", `document ${record.id} is ${record.state}`, {
    userMessage: `文档当前状态为“${label}”，不能修改；只有草稿或被退回的文档可以修改`,
  });
}

/**
 * Runs a content write in a transaction and checks the state again on the row it wrote (the repository holds the
 * row lock by then): a submit that lands between our first read and the write makes the write roll back.
 */
export async function writeWhileEditable(
  database: Database,
  write: (tx: Db) => Promise<StoredDocument>,
): Promise<StoredDocument> {
  return database.transaction(async (tx) => {
    const saved = await write(tx);
    assertEditable(saved.record);
    return saved;
  });
}
