import { isJixiaoError, type JixiaoErrorCode } from "@jixiao/core";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The ONE place where errors become HTTP responses. JixiaoError codes map to statuses; Fastify's own errors
 * (validation, bad JSON, body too large, wrong content type) get a Chinese message; anything else is a generic 500
 * whose details only go to the log.
 */
export const STATUS_OF: Record<JixiaoErrorCode, number> = {
  not_a_document: 422,
  unsupported_format: 415,
  malformed_file: 422,
  hostile_file: 422,
  invalid_document: 422,
  validation: 400,
  not_found: 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  workflow: 409,
  check_failed: 422,
  too_large: 413,
  config: 500,
  locked: 503,
  unavailable: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const FASTIFY_MESSAGES: Record<string, { status: number; code: JixiaoErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "validation", message: "请求内容不是有效的 JSON" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "validation", message: "请求内容为空，应为 JSON" },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "too_large", message: "请求内容过大" },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: "too_large", message: "上传文件过大" },
  FST_FILES_LIMIT: { status: 413, code: "too_large", message: "一次只能上传一个文件" },
  FST_PARTS_LIMIT: { status: 413, code: "too_large", message: "上传的表单项过多" },
  FST_FIELDS_LIMIT: { status: 413, code: "too_large", message: "上传的表单字段过多" },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: "unsupported_format",
    message: "请以 multipart/form-data 上传文件",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: "unsupported_format", message: "不支持的请求内容类型" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: "validation", message: "请求长度与内容不符" },
  FST_PROTO_VIOLATION: { status: 400, code: "validation", message: "请求 JSON 含有不允许的属性（__proto__）" },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: "unsupported_format", message: "不支持的请求内容类型" },
};

/**
 * PostgreSQL's class 22 "data exception" (a number out of an integer column's range, text that is not a number …)
 * means a value from the request did not fit the database; the transaction has rolled back. Drizzle wraps the driver's
 * error, so look along the `cause` chain.
 */
function databaseDataException(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export function errorResponse(error: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (isJixiaoError(error)) {
    const status = STATUS_OF[error.code];
    const details = error.code === "config" ? undefined : error.details;
    return {
      status,
      body: { error: { code: error.code, message: error.userMessage, ...(details === undefined ? {} : { details }) } },
      internal: status >= 500,
    };
  }
  const fe = error as Partial<FastifyError> & { validation?: unknown; validationContext?: string };
  if (fe.validation) {
    return {
      status: 400,
      body: { error: { code: "validation", message: fe.message ?? "请求数据有误", details: fe.validation } },
      internal: false,
    };
  }
  const known = fe.code ? FASTIFY_MESSAGES[fe.code] : undefined;
  if (known)
    return { status: known.status, body: { error: { code: known.code, message: known.message } }, internal: false };
  const dataException = databaseDataException(error);
  if (dataException) {
    return {
      status: 400,
      body: {
        error: {
          code: "validation",
          message: "请求中的数值超出允许范围或格式不对（如年度、版本号过大），未作任何修改",
        },
      },
      internal: false,
    };
  }
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { error: { code: "validation", message: "请求有误" } }, internal: false };
  }
  return { status: 500, body: { error: { code: "internal", message: "服务器内部错误，请稍后重试" } }, internal: true };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, internal } = errorResponse(error);
    if (internal) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: body.error.code, status }, "request refused");
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: "not_found", message: `没有这个地址：${request.method} ${request.url}` } }),
  );
}
