import { JixiaoError } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("has defaults: port 3000, ./data", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe("./data");
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset and coerces numbers", () => {
    expect(loadConfig({ PORT: "8080", DATABASE_URL: "" }).PORT).toBe(8080);
  });

  it("names every bad value in Chinese and English", () => {
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SESSION_SECRET: "short" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const err = e as JixiaoError;
      expect(err.code).toBe("config");
      expect(err.userMessage).toContain("PORT");
      expect(err.userMessage).toContain("DATABASE_URL 应以 postgres:// 开头");
      expect(err.userMessage).toContain("SESSION_SECRET 至少 32 个字符");
      expect(err.message).toContain("must");
    }
  });
});
