/**
 * The `jixiao` entry (`npm start`, `npx jixiao`). It only turns on the start-up caches, before anything else is
 * loaded (static imports would be loaded first), and then runs the CLI.
 */
import { enableStartupCaches } from "./startup-cache.ts";

enableStartupCaches();
await import("./cli.ts");
