import { describe, expect, it } from "vitest";
import { parseOptions } from "./serve.ts";

describe("jixiao serve options", () => {
  it("--port, --host and --data-dir override the configuration", () => {
    expect(parseOptions(["--port", "3001", "--host=0.0.0.0", "--data-dir", "/tmp/x"])).toEqual({
      PORT: "3001",
      HOST: "0.0.0.0",
      DATA_DIR: "/tmp/x",
    });
    expect(parseOptions([])).toEqual({});
  });

  it("an unknown option or a missing value is a message in Chinese and English", () => {
    expect(parseOptions(["--prot", "1"])).toMatch(/未知选项.*unknown option/);
    expect(parseOptions(["--port"])).toMatch(/需要一个值.*needs a value/);
  });
});
