import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate --config packages/db/drizzle.config.ts --name <what>`: writes a timestamped SQL file.
// Migrations are never edited after they land; change the schema and generate a new one.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema/index.ts",
  out: "./packages/db/migrations",
  casing: "snake_case",
  migrations: { prefix: "timestamp" },
});
