import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserWorld, DEMO, logIn, newPage, shot, startBrowserWorld } from "./browser-support.ts";
import { cleanDocument } from "./clean-document.ts";

let world: BrowserWorld;
beforeAll(async () => {
  world = await startBrowserWorld();
}, 300_000);
afterAll(async () => {
  await world?.close();
});

describe("web app against the real server", () => {
  it("an editor opens a seed document, sees its findings, edits a target with live checks, saves and submits", async () => {
    const page = await newPage(world);
    await logIn(page, world, DEMO.editor);

    // 工作台: the editor's document with its workflow state and the counts of the server's findings.
    const row = page.locator(".ant-table-tbody tr.ant-table-row").first();
    await row.getByText("草稿").waitFor();
    await row.getByText(/错误 \d+/).waitFor();
    await shot(page, "01-document-list");

    // 文档详情: findings beside the rows they point at, and the review verdict.
    await row.locator("a").first().click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toContain("差");
    const firstProject = page.getByTestId("project").first();
    await firstProject.locator(".ant-table-tbody tr").first().waitFor();
    expect(await page.getByTestId("finding").count()).toBeGreaterThan(5);
    expect(await page.locator("tr.row-error").count()).toBeGreaterThan(0);
    await shot(page, "02-document-detail");

    // 导出: the jixiao/v1 JSON of the current version, and a Word file from the menu.
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(readFileSync((await json.path()) as string, "utf8"));
    expect(exported).toMatchObject({ format: "jixiao/v1", year: 2025 });
    expect(exported.projects.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "更多导出格式" }).click();
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByText("Word（.docx）").click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync((await docx.path()) as string)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");

    // 编辑: a target that is not a value gets a live finding; a proper one clears it; save.
    await page.getByTestId("edit-project-0").click();
    const target = page.getByTestId("cell-target-0");
    await target.waitFor();
    const liveErrors = async () =>
      Number((await page.getByTestId("live-counts").textContent())?.match(/错误 (\d+)/)?.[1]);
    await target.fill("");
    await page.getByTestId("live-counts").waitFor();
    const withBlank = await liveErrors();
    await target.fill("≥50家");
    await expect.poll(liveErrors, { timeout: 30_000 }).toBeLessThan(withBlank);
    await shot(page, "03-edit-live-checks");
    await page.getByTestId("save").click();
    await page.getByTestId("edit-version").getByText("编辑自第 2 版").waitFor();

    // Back on the document: the new target is there, in version 2.
    await page.getByRole("button", { name: "返回文档" }).click();
    await page.getByText("第 2 版").first().waitFor();
    await page.getByTestId("project").first().getByText("≥50家").waitFor();

    // 审核: the seed still has errors, so 提交 is refused with the list of errors, in Chinese.
    await page.getByRole("tab", { name: "审核流程" }).click();
    await page.getByTestId("action-submit").click();
    await page.getByTestId("workflow-error").waitFor();
    expect(await page.getByTestId("workflow-error").textContent()).toContain("不能");
    await shot(page, "04-submit-refused");

    // 导入 a clean document → preview with its findings → 确认导入 → 提交 succeeds.
    const file = join(world.dataDir, "clean.json");
    writeFileSync(file, JSON.stringify(cleanDocument("2025年科技创新券项目绩效目标")));
    await page.getByRole("menuitem", { name: "导入" }).click();
    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByTestId("import-preview").waitFor();
    await page.getByText("科技型中小企业创新券补助").first().waitFor();
    await shot(page, "05-import-preview");
    await page.getByTestId("confirm-import").click();
    await page.getByTestId("document-title").getByText("2025年科技创新券项目绩效目标").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toContain("优");
    await page.getByRole("tab", { name: "审核流程" }).click();
    await page.getByTestId("action-submit").click();
    await page.getByTestId("review-state").getByText("已提交").waitFor();
    await page.getByText("草稿 → 已提交").waitFor();
    await shot(page, "06-submitted");
    const submittedUrl = page.url();

    // The department reviewer returns it with a comment; the history shows both moves.
    const reviewer = await newPage(world);
    await logIn(reviewer, world, DEMO.reviewer);
    await reviewer.goto(submittedUrl);
    // A comment on one indicator row, then the return with its reason.
    await reviewer.locator(".ant-select").first().click();
    await reviewer.keyboard.type("企业满意度");
    await reviewer.keyboard.press("Enter");
    await reviewer.getByPlaceholder("审核意见").fill("满意度应不低于95%");
    await reviewer.getByRole("button", { name: "添加意见" }).click();
    await reviewer.getByText("满意度应不低于95%").waitFor();
    await reviewer.getByTestId("action-department_return").click();
    await reviewer.getByTestId("return-comment").fill("满意度指标值偏低，请调整为不低于95%");
    await reviewer.getByRole("button", { name: "确认退回" }).click();
    await reviewer.getByTestId("review-state").getByText("部门退回").waitFor();
    await reviewer.getByText("意见：满意度指标值偏低，请调整为不低于95%").waitFor();
    await shot(reviewer, "07-returned");
    await reviewer.context().close();

    // The editor sees the reviewer's row comment beside that row, and may edit again.
    await page.goto(submittedUrl.replace(/\?tab=.*$/, ""));
    await page.getByTestId("document-state").getByText("部门退回").waitFor();
    const commented = page.locator("tr", { has: page.getByTestId("row-comment") });
    await commented.getByText("满意度应不低于95%").waitFor();
    expect(await commented.textContent()).toContain("企业满意度");
    await page.getByTestId("edit-project-0").waitFor();
    await shot(page, "08-row-comment");
    await page.context().close();
  }, 240_000);

  it("two people edit the same project: the later save gets 「内容已被他人修改」 and keeps its text", async () => {
    const a = await newPage(world);
    const b = await newPage(world);
    await logIn(a, world, DEMO.editor);
    await logIn(b, world, DEMO.admin);
    const listRow = a.locator(".ant-table-tbody tr.ant-table-row", { hasText: "部门整体绩效目标" });
    await listRow.locator("a").first().click();
    await a.getByTestId("edit-project-1").click();
    await a.getByTestId("cell-target-0").waitFor();
    const editUrl = a.url();
    await b.goto(editUrl);
    await b.getByTestId("cell-target-0").waitFor();

    await a.getByTestId("cell-basis-0").fill("计划标准（甲）");
    await a.getByTestId("save").click();
    await expect.poll(() => a.getByTestId("save").isDisabled(), { timeout: 30_000 }).toBe(true);

    await b.getByTestId("cell-basis-0").fill("行业标准（乙的修改）");
    await b.getByTestId("save").click();
    await b.getByTestId("conflict").waitFor();
    expect(await b.getByTestId("conflict").textContent()).toContain("内容已被他人修改");
    expect(await b.getByTestId("cell-basis-0").inputValue()).toBe("行业标准（乙的修改）");
    await shot(b, "09-conflict");

    // After seeing the warning, B may put their text over the newer version.
    await b.getByRole("button", { name: "用我的内容覆盖" }).click();
    await b
      .getByRole("button", { name: /覆\s*盖/ })
      .last()
      .click();
    await expect.poll(() => b.getByTestId("conflict").count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => b.getByTestId("save").isDisabled(), { timeout: 30_000 }).toBe(true);
    await a.reload();
    await a.getByTestId("cell-basis-0").waitFor();
    expect(await a.getByTestId("cell-basis-0").inputValue()).toBe("行业标准（乙的修改）");
    await a.context().close();
    await b.context().close();
  }, 240_000);
});
