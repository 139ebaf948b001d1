/**
 * Sums the Vitest JSON reports of every CI suite and prints the closing line `N passed, N failed`.
 * A suite whose report is missing (it crashed before reporting) counts as one failure.
 */
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    process.stdout.write(`suite report missing: ${file}\n`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    success: boolean;
    numFailedTestSuites: number;
  };
  // a test file that fails to load fails its suite without failing a test: count it
  const suiteFailures = r.numFailedTests === 0 && !r.success ? Math.max(1, r.numFailedTestSuites) : 0;
  process.stdout.write(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests + suiteFailures} failed\n`);
  passed += r.numPassedTests;
  failed += r.numFailedTests + suiteFailures;
  skipped += r.numPendingTests + r.numTodoTests;
}
// The last line is exactly "N passed, N failed" (CI reads it); skipped tests are said on the line before.
if (skipped) process.stdout.write(`(${skipped} skipped)\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
