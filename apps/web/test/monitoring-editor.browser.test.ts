import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO, importThroughUi, logIn, newPage, shot, withBrowserWorld } from "./browser-support.ts";

const FIXTURE = join(import.meta.dirname, "..", "..", "..", "fixtures", "text", "project-monitoring-tianjin.txt");

describe("a 绩效运行监控表 in the browser: import, fill in, live monitoring checks, save", () => {
  const worldOf = withBrowserWorld();

  it("imports the monitoring table and edits execution, deviation and likelihood with live checks", async () => {
    const world = worldOf();
    const page = await newPage(world);
    await logIn(page, world, DEMO.editor);
    const file = join(world.dataDir, "监控表.txt");
    copyFileSync(FIXTURE, file);
    await importThroughUi(page, file);
    await page.getByTestId("document-title").waitFor();
    await page.getByTestId("edit-project-0").click();

    // The monitoring columns and the execution block are there, filled from the file.
    await page.getByText("1-7月执行情况").first().waitFor();
    expect(await page.getByTestId("execution-executed").inputValue()).toBe("342");
    expect(await page.getByTestId("cell-actual-0").inputValue()).toBe("16项");
    await shot(page, "11-monitoring-editor");
    const counts = page.getByTestId("live-counts");
    expect(await counts.textContent()).toContain("错误 0");

    // July with 45 % spent is a yellow light: emptying its 偏差原因 is an error (M-1) at once.
    await page.getByTestId("execution-deviation").fill("");
    await counts.getByText("错误 1").waitFor();
    await page
      .getByText(/预算执行：预警为黄灯，须填写偏差原因/)
      .first()
      .waitFor();
    await shot(page, "12-monitoring-missing-reason");

    // A 1–7月 value far behind time progress needs its own reason; 完成可能性 is chosen from the three options.
    await page.getByTestId("execution-deviation").fill("后补助项目需待第三季度绩效评审后拨付");
    await page.getByTestId("cell-actual-1").fill("1场");
    await counts.getByText("错误 1").waitFor();
    await page.getByTestId("cell-deviation-1").fill("对接活动集中在第四季度举办");
    await page.getByTestId("cell-likelihood-1").click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="有可能"]')
      .click();
    await counts.getByText("错误 0").waitFor();

    await page.getByTestId("save").click();
    await page.getByTestId("edit-version").getByText("第 2 版").waitFor();
    await page.reload();
    await page.getByTestId("cell-deviation-1").waitFor();
    expect(await page.getByTestId("cell-deviation-1").inputValue()).toBe("对接活动集中在第四季度举办");
    expect(await page.getByTestId("cell-actual-1").inputValue()).toBe("1场");
    await shot(page, "13-monitoring-saved");
  }, 180_000);
});
