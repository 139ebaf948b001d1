import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO, importThroughUi, logIn, newPage, shot, withBrowserWorld } from "./browser-support.ts";

const SEED_002 = join(import.meta.dirname, "..", "..", "..", "fixtures", "seeds", "002_a3cb9191b7c11910.txt");

describe("a department self-evaluation (seed 002) in the browser: scores beside the rules, edit, save", () => {
  const worldOf = withBrowserWorld();

  it("recomputes scores, asks for a reason when a score drops, and saves", async () => {
    const world = worldOf();
    const page = await newPage(world);
    await logIn(page, world, DEMO.editor);
    const file = join(world.dataDir, "整体支出绩效自评表.txt");
    copyFileSync(SEED_002, file);
    await importThroughUi(page, file);
    await page.getByTestId("document-title").waitFor();
    await page.getByTestId("edit-evaluation").click();

    // The seed's own figures agree with the rules: total 93.95, grade 优.
    await page.getByTestId("total-score").getByText("93.95").waitFor();
    expect(await page.getByTestId("total-score").textContent()).toContain("相符");
    expect(await page.getByTestId("grade").textContent()).toContain("优");
    await shot(page, "14-evaluation-editor");

    // Three rows were scored by hand above their formula: by the rules the total would be 95.36.
    await page.getByTestId("formula-total").getByText("95.36").waitFor();
    // 14次 → 5次 of ≥10次: the formula gives 0.5 of 1. Filling in the computed scores makes the total the rules'
    // (95.36 − 0.5 = 94.86), and a score below its 分值 without a reason is an error (E-1).
    await page.getByTestId("cell-actual-0").fill("5次");
    await page.getByTestId("apply-scores").click();
    expect(await page.getByTestId("cell-score-0").inputValue()).toBe("0.5");
    await page.getByTestId("total-score").getByText("94.86").waitFor();
    expect(await page.getByTestId("total-score").textContent()).toContain("相符");
    const e1 = page.getByText(/得分0\.5低于分值1，未说明偏差原因/);
    await e1.first().waitFor();
    const errors = async () => Number((await page.getByTestId("live-counts").textContent())?.match(/错误 (\d+)/)?.[1]);
    const before = await errors();
    await shot(page, "15-evaluation-score-dropped");
    await page.getByTestId("cell-deviation-0").fill("对接活动受场地影响延期，下年度加密对接频次");
    await e1.first().waitFor({ state: "detached" });
    expect(await errors()).toBe(before - 1);

    await page.getByTestId("save").click();
    await page.getByTestId("edit-version").getByText("第 2 版").waitFor();
    await page.reload();
    await page.getByTestId("cell-actual-0").waitFor();
    expect(await page.getByTestId("cell-actual-0").inputValue()).toBe("5次");
    expect(await page.getByTestId("cell-score-0").inputValue()).toBe("0.5");
    await page.getByTestId("total-score").getByText("94.86").waitFor();
  }, 180_000);
});
