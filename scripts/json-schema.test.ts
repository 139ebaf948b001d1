import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { jsonSchemaText } from "./json-schema.ts";

it("docs/jixiao-v1.schema.json is generated from the current schemas (run `npm run schema`)", () => {
  const onDisk = readFileSync(join(import.meta.dirname, "..", "docs", "jixiao-v1.schema.json"), "utf8");
  expect(onDisk).toBe(jsonSchemaText());
});
