/**
 * Text reader speed per seed: bytes → jixiao/v1 document through the front door (decode, text → blocks,
 * understanding, value grammar), mean and p50 after warm-up, and bytes per second. Target: seed 003 (43 KB)
 * under 10 ms after warm-up (p50; minMs shows the cost on a quiet core when the machine is shared). Also the stages of seed 003 apart, to see where the time goes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { time, timeAsync } from "../../../scripts/bench-util.ts";
import { readDocument } from "../src/read-document.ts";
import { decodeText } from "../src/text/decode-text.ts";
import { textToBlocks } from "../src/text/text-to-blocks.ts";
import { understandBlocks } from "../src/understand/understand-blocks.ts";

const seeds = join(import.meta.dirname, "../../../fixtures/seeds");

export default async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const bytes = new Uint8Array(readFileSync(join(seeds, file)));
    const t = await timeAsync(() => readDocument({ bytes, fileName: file }), { warmup: 30, runs: 200 });
    out[file] = {
      bytes: bytes.length,
      meanMs: t.meanMs,
      p50Ms: t.p50Ms,
      p99Ms: t.p99Ms,
      minMs: t.minMs,
      bytesPerSecond: Math.round(bytes.length / (t.p50Ms / 1000)),
    };
  }
  const bytes = new Uint8Array(readFileSync(join(seeds, "003_f895533748b46b25.txt")));
  const text = decodeText(bytes);
  out["003 stages (p50 ms)"] = {
    decode: time(() => decodeText(bytes), { warmup: 30, runs: 200 }).p50Ms,
    textToBlocks: time(() => textToBlocks(text), { warmup: 30, runs: 200 }).p50Ms,
    // fresh blocks each run: understanding caches cleaned cells per block
    textToBlocksAndUnderstand: time(() => understandBlocks(textToBlocks(text)), { warmup: 30, runs: 200 }).p50Ms,
  };
  return out;
}
