/**
 * The one way the browser talks to the server: JSON in and out, the session cookie sent by the browser, and the
 * CSRF token (readable cookie `jixiao_csrf`) echoed in `x-csrf-token` on every state-changing request.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function csrfToken(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)jixiao_csrf=([^;]+)/);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Called when any request answers 401, so the app can show the login page. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const unsafe = method !== "GET" && method !== "HEAD";
  if (unsafe) {
    const token = csrfToken();
    if (token) headers["x-csrf-token"] = token;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "无法连接服务器，请检查网络或稍后重试", null);
  }
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    if (res.status === 401 && onUnauthenticated && !url.endsWith("/api/auth/login")) onUnauthenticated();
    throw new ApiError(res.status, err?.code ?? "http", err?.message ?? `请求失败（HTTP ${res.status}）`, err?.details);
  }
  return json as T;
}

export const api = {
  get: <T>(url: string) => request<T>("GET", url),
  post: <T>(url: string, body?: unknown) => request<T>("POST", url, body ?? {}),
  put: <T>(url: string, body: unknown) => request<T>("PUT", url, body),
  del: <T>(url: string) => request<T>("DELETE", url),
  upload: <T>(url: string, form: FormData) => request<T>("POST", url, form),
};

/** A Chinese message for anything thrown by a request. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
