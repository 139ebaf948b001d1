import type { AnyRoute } from "../http/route.ts";
import auditList from "./audit/list-audit.ts";
import changePassword from "./auth/change-password.ts";
import getMe from "./auth/get-me.ts";
import logIn from "./auth/log-in.ts";
import logOut from "./auth/log-out.ts";
import addComment from "./comments/add-comment.ts";
import listComments from "./comments/list-comments.ts";
import resolveComment from "./comments/resolve-comment.ts";
import checkDocument from "./documents/check-document.ts";
import createDocument from "./documents/create-document.ts";
import deleteDocument from "./documents/delete-document.ts";
import exportDocument from "./documents/export-document.ts";
import getDocument from "./documents/get-document.ts";
import { listMonitoringReports, listSelfEvaluations } from "./documents/list-by-kind.ts";
import listDocuments from "./documents/list-documents.ts";
import saveDocument from "./documents/save-document.ts";
import confirmImport from "./imports/confirm-import.ts";
import previewImport from "./imports/preview-import.ts";
import createDepartment from "./organisations/create-department.ts";
import createUnit from "./organisations/create-unit.ts";
import getRegion from "./organisations/get-region.ts";
import getProject from "./projects/get-project.ts";
import saveIndicator from "./projects/save-indicator.ts";
import saveProject from "./projects/save-project.ts";
import exportPublishedDocument from "./public/export-published-document.ts";
import listPublicRegions from "./public/list-public-regions.ts";
import listPublishedDocuments from "./public/list-published-documents.ts";
import getHealth from "./system/get-health.ts";
import createUser from "./users/create-user.ts";
import listUsers from "./users/list-users.ts";
import updateUser from "./users/update-user.ts";
import getVersion from "./versions/get-version.ts";
import listVersions from "./versions/list-versions.ts";
import restoreVersion from "./versions/restore-version.ts";
import listWorkflow from "./workflow/list-workflow.ts";
import transitionDocument from "./workflow/transition-document.ts";

/** Every API route; each lives in its own file with its schemas. */
export const routes: AnyRoute[] = [
  getHealth,
  listPublicRegions,
  listPublishedDocuments,
  exportPublishedDocument,
  logIn,
  logOut,
  getMe,
  changePassword,
  getRegion,
  createDepartment,
  createUnit,
  listUsers,
  createUser,
  updateUser,
  listDocuments,
  listMonitoringReports,
  listSelfEvaluations,
  createDocument,
  getDocument,
  saveDocument,
  deleteDocument,
  exportDocument,
  checkDocument,
  previewImport,
  confirmImport,
  getProject,
  saveProject,
  saveIndicator,
  listVersions,
  getVersion,
  restoreVersion,
  listWorkflow,
  transitionDocument,
  listComments,
  addComment,
  resolveComment,
  auditList,
];
