/** Writes docs/jixiao-v1.schema.json from the core's own schemas (`npm run schema`); a test keeps it in sync. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemaText } from "./json-schema.ts";

const target = join(import.meta.dirname, "..", "docs", "jixiao-v1.schema.json");
writeFileSync(target, jsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
