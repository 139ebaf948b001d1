import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isWebBuildStale } from "./build-web-if-stale.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-web-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe("isWebBuildStale", () => {
  const src = join(dir, "app");
  const dist = join(dir, "dist");
  mkdirSync(join(src, "deep"), { recursive: true });
  writeFileSync(join(src, "deep", "a.tsx"), "x");
  at(join(src, "deep", "a.tsx"), 1000);
  at(join(src, "deep"), 1000);
  at(src, 1000);

  it("is stale without a build", () => {
    expect(isWebBuildStale({ distDir: dist, sources: [src] })).toBe(true);
  });

  it("is fresh when the build is newer than every source, stale again when a nested source changes", () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<html>");
    at(join(dist, "index.html"), 2000);
    expect(isWebBuildStale({ distDir: dist, sources: [src, join(dir, "missing.ts")] })).toBe(false);
    at(join(src, "deep", "a.tsx"), 3000);
    expect(isWebBuildStale({ distDir: dist, sources: [src] })).toBe(true);
  });
});
