import { describeIssues, JixiaoError } from "@jixiao/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Principal } from "../auth/principal.ts";
import type { Services } from "../services.ts";

/**
 * One route = one file exporting `defineRoute({...})`: its schemas (zod, turned into JSON Schema for OpenAPI) sit
 * beside the handler. Zod does the validation so that messages are Chinese and unknown fields are refused.
 */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteContext<P, Q, B> {
  request: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  /** The signed-in user; routes with `auth: "public"` see null. */
  principal: Principal;
  services: Services;
}

export interface RouteDef<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  /** "session": a signed-in user is required (the default); "public": anyone. */
  auth?: "session" | "public";
  params?: P;
  querystring?: Q;
  body?: B;
  /** Response schemas, for the documentation (responses are not filtered through them). */
  response?: Record<number, z.ZodType>;
  /** The body is multipart or raw: documented by hand, not validated here. */
  consumes?: string[];
  handler(ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>): Promise<unknown>;
}

export type AnyRoute = RouteDef<z.ZodType, z.ZodType, z.ZodType>;

export function defineRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(def: RouteDef<P, Q, B>): AnyRoute {
  return def as unknown as AnyRoute;
}

const PART_LABELS: Record<string, string> = {
  body: "请求内容",
  querystring: "查询参数",
  params: "路径参数",
  headers: "请求头",
};

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

export function zodValidator(schema: z.ZodType, part: string): (data: unknown) => { value?: unknown; error?: Error } {
  return (data) => {
    const result = schema.safeParse(data ?? (part === "body" ? undefined : {}));
    if (result.success) return { value: result.data };
    const issues = describeIssues(result.error);
    const head = issues
      .slice(0, 5)
      .map((i) => `${i.path || "(根)"}：${i.message}`)
      .join("；");
    return {
      error: new JixiaoError("validation", `invalid ${part}: ${result.error.message}`, {
        userMessage: `${PART_LABELS[part] ?? part}有误（${issues.length} 处）：${head}`,
        details: issues,
      }),
    };
  };
}

/** The multipart form of an upload, as OpenAPI shows it. */
const UPLOAD_BODY = {
  type: "object",
  required: ["file"],
  properties: {
    file: {
      type: "string",
      format: "binary",
      description: "文件：.docx、.xlsx、.pdf、.txt 或 jixiao/v1 JSON，不超过上传上限",
    },
    departmentId: { type: "string", format: "uuid", description: "所属部门（可选）" },
    unitId: { type: "string", format: "uuid", description: "所属单位（可选）" },
  },
};

export type Authenticate = (request: FastifyRequest) => Promise<Principal | null>;

export function registerRoute(
  app: FastifyInstance,
  route: AnyRoute,
  deps: { services: Services; authenticate: Authenticate },
): void {
  const parts: Record<string, z.ZodType | undefined> = {
    params: route.params,
    querystring: route.querystring,
    body: route.body,
  };
  const schema: Record<string, unknown> = { summary: route.summary, tags: route.tags };
  if (route.params) schema.params = toJsonSchema(route.params, "input");
  if (route.querystring) schema.querystring = toJsonSchema(route.querystring, "input");
  if (route.body) schema.body = toJsonSchema(route.body, "input");
  if (route.consumes) {
    schema.consumes = route.consumes;
    // Documentation only (validatorCompiler validates nothing without a zod body): OpenAPI needs a body schema to
    // show the upload at all.
    if (!route.body) schema.body = UPLOAD_BODY;
  }
  if (route.response) {
    schema.response = Object.fromEntries(
      Object.entries(route.response).map(([status, s]) => [status, toJsonSchema(s, "output")]),
    );
  }
  if (route.auth !== "public") schema.security = [{ session: [] }];
  const principals = new WeakMap<FastifyRequest, Principal>();
  app.route({
    method: route.method,
    url: route.url,
    schema,
    // authenticate (and check CSRF) before the body is even validated: strangers learn nothing about the API's shapes
    onRequest: async (request) => {
      const principal = await deps.authenticate(request);
      if (principal) principals.set(request, principal);
      else if (route.auth !== "public") {
        throw new JixiaoError("unauthenticated", "no valid session", { userMessage: "请先登录" });
      }
    },
    validatorCompiler: ({ httpPart }) => {
      const s = httpPart ? parts[httpPart] : undefined;
      return s ? zodValidator(s, httpPart ?? "body") : () => true;
    },
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request, reply) => {
      const result = await route.handler({
        request,
        reply,
        params: request.params,
        query: request.query,
        body: request.body,
        principal: principals.get(request) as Principal,
        services: deps.services,
      });
      return reply.sent ? reply : result;
    },
  });
}
