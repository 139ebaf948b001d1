export { type BuildAppOptions, buildApp } from "./app.ts";
export { type Config, loadConfig } from "./config.ts";
export { type StartedServer, startServer } from "./start-server.ts";
