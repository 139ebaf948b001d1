import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chineseFontConfig } from "./font-config.ts";

const match = (pattern: string, env: NodeJS.ProcessEnv = process.env): string =>
  execFileSync("fc-match", ["-f", "%{family[0]}", pattern], { encoding: "utf8", env });
const ready = (() => {
  try {
    return match("Noto Serif CJK SC") === "Noto Serif CJK SC";
  } catch {
    return false;
  }
})();

describe.skipIf(!ready)("the fontconfig file given to LibreOffice", () => {
  it("maps 仿宋_GB2312 and 宋体 to a serif face and 黑体 to a sans face for Chinese text", () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-fc-"));
    try {
      const file = join(dir, "fonts.conf");
      writeFileSync(file, chineseFontConfig(process.env.FONTCONFIG_FILE ?? "/etc/fonts/fonts.conf"));
      const env = { ...process.env, FONTCONFIG_FILE: file };
      // lang=zh-cn is what LibreOffice asks for a document whose east-Asian language is zh-CN.
      expect(match("仿宋_GB2312:lang=zh-cn", env)).toBe("Noto Serif CJK SC");
      expect(match("宋体:lang=zh-cn", env)).toBe("Noto Serif CJK SC");
      expect(match("黑体:lang=zh-cn", env)).toBe("Noto Sans CJK SC");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
