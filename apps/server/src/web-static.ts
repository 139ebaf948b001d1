import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `vite build` (apps/web) writes the web app. */
export const WEB_DIST = join(import.meta.dirname, "..", "..", "web", "dist");

/**
 * Serves the built web app at / when apps/web/dist exists: its files as they are (hashed assets cached for a
 * year), and index.html for any other GET outside /api, so that reloading /documents/… lands in the app.
 * Returns false when there is no build, and the caller keeps the plain home page.
 */
export async function registerWebStatic(app: FastifyInstance, options: { dir?: string } = {}): Promise<boolean> {
  const dir = options.dir ?? WEB_DIST;
  if (!existsSync(join(dir, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: ["index.html"],
    setHeaders: (reply, path) => {
      const hashed = path.startsWith(join(dir, "assets"));
      reply.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith("/api/") || request.url === "/api") return reply.callNotFound();
    return reply.sendFile("index.html");
  });
  return true;
}
