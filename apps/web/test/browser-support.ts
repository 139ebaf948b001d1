import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type StartedServer, startServer } from "@jixiao/server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildWebIfStale } from "../../../scripts/build-web-if-stale.ts";

export const ARTIFACTS = join(import.meta.dirname, "..", "..", "..", "artifacts");

export const DEMO = {
  editor: { username: "editor", password: "Jixiao-editor-2024" },
  reviewer: { username: "reviewer", password: "Jixiao-review-2024" },
  admin: { username: "admin", password: "Jixiao-admin-2024" },
};

export interface BrowserWorld {
  url: string;
  /** A scratch folder for files the test uploads. */
  dataDir: string;
  server: StartedServer;
  browser: Browser;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The real server (demo seeds, fresh PGlite folder, built web app) on a free port, and headless Chromium. */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const build = buildWebIfStale();
  if (!build.ok) throw new Error("web build failed");
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), "jixiao-web-test-"));
  const port = await freePort();
  const server = await startServer({
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SEED_DEMO: "true",
      LOG_LEVEL: "silent",
      SESSION_SECRET: "browser-test-secret-0123456789abcdef",
    },
    log: () => undefined,
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    server,
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(world: BrowserWorld): Promise<Page> {
  const context = await world.browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

export async function logIn(page: Page, world: BrowserWorld, who: { username: string; password: string }) {
  await page.goto(world.url);
  await page.getByLabel("用户名").fill(who.username);
  await page.getByLabel("密码").fill(who.password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByTestId("current-user").waitFor();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The world for one test file: started before its tests, closed after. Call inside the file's `describe`. */
export function withBrowserWorld(): () => BrowserWorld {
  let world: BrowserWorld | undefined;
  beforeAll(async () => {
    world = await startBrowserWorld();
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });
  return () => {
    if (world === undefined) throw new Error("the browser world did not start");
    return world;
  };
}

/** 导入 through the UI: upload, wait for the preview, confirm, land on the new document. */
export async function importThroughUi(page: Page, file: string): Promise<void> {
  await page.getByRole("menuitem", { name: "导入" }).click();
  await page.locator("input[type=file]").setInputFiles(file);
  await page.getByTestId("import-preview").waitFor();
  await page.getByTestId("confirm-import").click();
  await page.getByTestId("document-title").waitFor();
}
