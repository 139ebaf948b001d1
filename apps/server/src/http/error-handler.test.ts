import { JixiaoError } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { errorResponse } from "./error-handler.ts";

describe("errorResponse", () => {
  it("a database data exception (out of range, wrapped by Drizzle) is the request's fault: 400 in Chinese", () => {
    const driver = Object.assign(new Error('value "99999999999" is out of range for type integer'), { code: "22003" });
    const wrapped = Object.assign(new Error("Failed query: select …"), { cause: driver });
    const { status, body, internal } = errorResponse(wrapped);
    expect(status).toBe(400);
    expect(internal).toBe(false);
    expect(body.error.code).toBe("validation");
    expect(body.error.message).toMatch(/超出允许范围/);
  });

  it("other database errors stay a generic 500 that tells nothing", () => {
    const driver = Object.assign(new Error('relation "x" does not exist'), { code: "42P01" });
    const res = errorResponse(Object.assign(new Error("Failed query"), { cause: driver }));
    expect(res).toMatchObject({ status: 500, internal: true, body: { error: { code: "internal" } } });
    expect(JSON.stringify(res.body)).not.toContain("relation");
  });

  it("JixiaoError codes keep their status and Chinese message", () => {
    const res = errorResponse(new JixiaoError("conflict", "x", { userMessage: "已被他人修改", details: { v: 2 } }));
    expect(res).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "已被他人修改" } } });
  });
});
