import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO, importThroughUi, logIn, newPage, shot, withBrowserWorld } from "./browser-support.ts";
import { cleanDocument } from "./clean-document.ts";

const FINANCE = { username: "finance", password: "Jixiao-finance-2024" };

async function act(page: Page, url: string, action: string, state: string) {
  await page.goto(`${url}?tab=review`);
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId("review-state").getByText(state).waitFor();
}

describe("the cycle goes on in the browser: approved targets → monitoring report and self-evaluation", () => {
  const worldOf = withBrowserWorld();

  it("after 批复 and 公开 the public downloads it and the editor generates a 1-6月 monitoring report and a self-evaluation from the targets", async () => {
    const world = worldOf();
    const editor = await newPage(world);
    await logIn(editor, world, DEMO.editor);
    const file = join(world.dataDir, "targets.json");
    writeFileSync(file, JSON.stringify(cleanDocument("2025年创新券项目绩效目标")));
    await importThroughUi(editor, file);
    await editor.getByTestId("document-title").getByText("2025年创新券项目绩效目标").waitFor();
    const url = editor.url();
    // Not approved yet: nothing to generate.
    expect(await editor.getByTestId("open-create-monitoring").count()).toBe(0);
    await act(editor, url, "submit", "已提交");

    const reviewer = await newPage(world);
    await logIn(reviewer, world, DEMO.reviewer);
    await act(reviewer, url, "department_approve", "部门审核通过");
    const finance = await newPage(world);
    await logIn(finance, world, FINANCE);
    await act(finance, url, "finance_approve", "财政审核通过");
    await act(finance, url, "approve", "已批复");
    await act(finance, url, "publish", "已公开");

    // 公开: anyone, without an account, finds it and downloads the Word file.
    const visitor = await newPage(world);
    await visitor.goto(`${world.url}/public`);
    const listed = visitor.getByTestId("public-documents").getByText("2025年创新券项目绩效目标");
    await listed.waitFor();
    await shot(visitor, "18-public");
    const href = await visitor.getByTestId("download-docx").first().getAttribute("href");
    const download = await visitor.request.get(`${world.url}${href}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 2).toString()).toBe("PK");

    await editor.goto(url);
    await editor.getByTestId("open-create-monitoring").click();
    await editor.getByTestId("monitoring-month").fill("6");
    await editor.getByTestId("create-monitoring").click();
    await editor.getByTestId("document-title").getByText("2025年度项目支出绩效运行监控表（1-6月）").waitFor();
    expect(await editor.getByTestId("document-state").textContent()).toBe("草稿");
    await shot(editor, "16-derived-monitoring");
    await editor.getByTestId("edit-project-0").click();
    await editor.getByText("1-6月执行情况").first().waitFor();
    expect(await editor.getByTestId("execution-annual").inputValue()).toBe("300");
    expect(await editor.getByTestId("cell-actual-0").inputValue()).toBe("");

    await editor.goto(url);
    await editor.getByTestId("create-self-evaluation").click();
    await editor.getByTestId("document-title").getByText("2025年度项目支出绩效自评表").waitFor();
    const selfEvaluationUrl = editor.url();
    // 分值 are proposed; a met target scores its full 分值 once the computed scores are filled in.
    await editor.getByTestId("edit-project-0").click();
    await editor.getByTestId("apply-scores").waitFor();
    const weight = await editor.getByTestId("cell-weight-0").inputValue();
    expect(Number(weight)).toBeGreaterThan(0);
    await editor.getByTestId("cell-actual-0").fill("65家");
    await editor.getByTestId("apply-scores").click();
    expect(await editor.getByTestId("cell-score-0").inputValue()).toBe(weight);
    await shot(editor, "17-project-self-evaluation");
    await editor.goto(selfEvaluationUrl);
    await editor.getByTestId("related-document").click();
    await editor.getByTestId("document-title").getByText("2025年创新券项目绩效目标").waitFor();
  }, 240_000);
});
