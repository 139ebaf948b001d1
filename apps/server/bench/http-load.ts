/**
 * Worker thread of api.bench.ts: the HTTP load generator, kept off the server's event loop the way a separate
 * load tool (autocannon, wrk) would be. Sends `total` GETs over `concurrency` keep-alive connections.
 */
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";

interface Job {
  port: number;
  path: string;
  cookie: string;
  total: number;
  concurrency: number;
}

const job = workerData as Job;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });

function get(): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: job.port, path: job.path, headers: { cookie: job.cookie }, agent }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", () => {
          if (res.statusCode !== 200) return reject(new Error(`API answered ${res.statusCode}`));
          resolve((JSON.parse(text) as { project: { indicators: unknown[] } }).project.indicators.length);
        });
      })
      .on("error", reject);
  });
}

const samples: number[] = [];
let next = 0;
let returned = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (next < job.total) {
      next++;
      const s = performance.now();
      returned = await get();
      samples.push(performance.now() - s);
    }
  }),
);
const wallMs = performance.now() - t0;
agent.destroy();
parentPort?.postMessage({ wallMs, samples, returned });
