import { describe, expect, it } from "vitest";
import { JixiaoError } from "../errors.ts";
import { parseDocument } from "./parse-document.ts";

const minimal = {
  format: "jixiao/v1",
  kind: "project-targets",
  title: null,
  year: 2025,
  department: null,
  amountUnit: "万元",
  overall: null,
  departmentTable: null,
  projects: [],
  evaluation: null,
};

describe("parseDocument", () => {
  it("accepts a minimal document", () => {
    expect(parseDocument(minimal).year).toBe(2025);
  });

  it("names every bad field in Chinese", () => {
    const bad = { ...minimal, amountUnit: "美元", extra: 1, projects: [{ name: 3 }] };
    try {
      parseDocument(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const err = e as JixiaoError;
      expect(err.code).toBe("invalid_document");
      const paths = (err.details as { path: string }[]).map((d) => d.path);
      expect(paths).toContain("amountUnit");
      expect(paths).toContain("projects[0].name");
      expect(err.userMessage).toMatch(/^不是有效的 jixiao\/v1 文档/);
      expect((err.details as { message: string }[]).map((d) => d.message)).toContain("未知字段 extra");
    }
  });
});
