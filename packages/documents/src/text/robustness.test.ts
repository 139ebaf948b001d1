import { documentSchema, isJixiaoError } from "@jixiao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDocument, readText } from "../read-document.ts";
import { decodeText } from "./decode-text.ts";
import { textToBlocks } from "./text-to-blocks.ts";

/** Text made of the pieces our layouts are built from, so that the generator reaches the table code paths. */
const pieces = fc.constantFrom(
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "|",
  "| --- |",
  "  ",
  "\f",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "项目名称",
  "预算数",
  "资金支出计划",
  "3月底",
  "12月底",
  "绩效目标",
  "目标1：",
  "产出指标",
  "数量指标",
  "≥90%",
  "500万元",
  "单位：万元",
  "306001某局本级",
  "一、总体绩效目标",
  "第 1 页",
  "[bookmark: x]",
  "无",
  "A",
  "1.",
);
const layoutText = fc.array(pieces, { maxLength: 80 }).map((a) => a.join(""));

describe("robustness", () => {
  it("textToBlocks never throws and keeps every cell a string", () => {
    fc.assert(
      fc.property(fc.oneof(layoutText, fc.string({ maxLength: 300 })), (text) => {
        for (const b of textToBlocks(text)) {
          if (b.kind === "table") for (const row of b.rows) for (const c of row) expect(typeof c.text).toBe("string");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("readText either reads a schema-shaped document or throws a JixiaoError", () => {
    fc.assert(
      fc.property(layoutText, (text) => {
        try {
          const { document } = readText(text);
          const parsed = documentSchema.safeParse(document);
          expect(parsed.error?.issues ?? []).toEqual([]);
        } catch (e) {
          expect(isJixiaoError(e)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("decodeText and readDocument take any bytes without crashing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect(typeof decodeText(bytes)).toBe("string");
        try {
          await readDocument({ bytes });
        } catch (e) {
          expect(isJixiaoError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
