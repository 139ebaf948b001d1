import type { CheckReport, PerformanceDocument, Project } from "@jixiao/core";

/** Shapes of the server's JSON (apps/server/src/presenters, routes); the browser never imports the server. */
export interface Me {
  userId: string;
  username: string;
  displayName: string;
  regionId: string;
  role: string;
  roleLabel: string;
  departmentId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
}

export interface DocumentSummary {
  id: string;
  departmentId: string | null;
  unitId: string | null;
  year: number | null;
  kind: string;
  title: string | null;
  state: string;
  stateLabel: string;
  version: number;
  amountUnit: string;
  relatesToDocumentId: string | null;
  createdAt: string;
  updatedAt: string;
  actions: string[];
  editable: boolean;
}

export interface StoredDocument {
  record: DocumentSummary;
  document: PerformanceDocument;
}

export interface ProjectView {
  documentId: string;
  version: number;
  index: number;
  project: Project;
}

export interface Region {
  id: string;
  code: string;
  name: string;
  departments: { id: string; code: string | null; name: string }[];
  units: { id: string; departmentId: string; code: string | null; name: string }[];
}

/** The server's checks of a stored document, with the rule pack of its region and year. */
export interface CheckOutcome {
  report: CheckReport;
  errors: string[];
}

export interface ImportPreview {
  fileName: string;
  size: number;
  document: PerformanceDocument;
  warnings: { code: string; message: string }[];
  check: CheckOutcome;
}

export interface WorkflowEvent {
  id: string;
  action: string;
  fromState: string;
  fromLabel: string;
  toState: string;
  toLabel: string;
  documentVersion: number;
  userId: string | null;
  comment: string | null;
  createdAt: string;
}

export interface ReviewComment {
  id: string;
  documentVersion: number;
  path: string | null;
  body: string;
  authorId: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface VersionInfo {
  version: number;
  reason: string;
  restoredFrom: number | null;
  userId: string | null;
  createdAt: string;
}

export interface UserInfo {
  id: string;
  username: string;
  displayName: string;
  roleLabel: string;
}
