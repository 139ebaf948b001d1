import { describe, expect, it } from "vitest";
import { decodeText, detectAndDecode } from "./decode-text.ts";
import { encodeGb18030, encodeUtf16 } from "./test-encode.ts";

const sample = "一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t补助高企数量 ≥60家\n";

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM", () => {
    const bytes = new TextEncoder().encode(sample);
    expect(decodeText(bytes)).toBe(sample);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(detectAndDecode(bom)).toMatchObject({ text: sample, encoding: "utf-8", bom: true });
  });

  it("reads GB18030 / GBK", () => {
    const r = detectAndDecode(encodeGb18030(sample.replace("≥", "大于等于")));
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toContain("补助高企数量 大于等于60家");
  });

  it("reads UTF-16 LE and BE, with and without BOM", () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [false, true]) {
        const r = detectAndDecode(encodeUtf16(sample, { bigEndian, bom }));
        expect(r.text).toBe(sample);
        expect(r.encoding).toBe(bigEndian ? "utf-16be" : "utf-16le");
      }
    }
  });

  it("reads NUL-free UTF-16 (pure CJK) by plausibility", () => {
    const text = "部门整体绩效目标预算项目绩效目标";
    expect(decodeText(encodeUtf16(text))).toBe(text);
  });
});
