import { defineConfig } from "vitest/config";

// `npm test`: everything that needs nothing but Node (PGlite included). Browser tests (*.browser.test.ts) run
// only with BROWSER=1 (see .ci/run); database tests switch to PostgreSQL when DATABASE_URL is set.
const browser = process.env.BROWSER === "1";

export default defineConfig({
  test: {
    include: browser
      ? ["apps/**/*.browser.test.ts"]
      : ["packages/**/*.test.ts", "apps/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(browser ? [] : ["**/*.browser.test.ts"])],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
