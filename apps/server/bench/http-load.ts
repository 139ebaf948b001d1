/**
 * The HTTP load generator of api.bench.ts, run as a CHILD PROCESS (`fork`), so it never runs on the server's event
 * loop; on a 2-core machine it still shares the CPUs, which is why it is kept lean: raw keep-alive HTTP/1.1 over
 * `node:net` (as wrk/autocannon do), no JSON parsing per response (only the last body is parsed, to check it).
 *
 * Two modes, over `connections` keep-alive sockets:
 * - closed: `total` GETs, each connection sends its next request when the previous answer is in (saturation);
 * - open: a fixed offered rate for `seconds`, request k due at start + k/rate on connection k mod connections;
 *   latency runs from the DUE time, so waiting behind a slow answer on the same connection counts (no coordinated
 *   omission).
 */
import { connect, type Socket } from "node:net";
import { type LoadJob, type LoadResult, openLoopSchedule } from "./load-plan.ts";

class Connection {
  readonly #socket: Socket;
  readonly #request: Buffer;
  #chunks: Buffer[] = [];
  #length = 0;
  #waiting: { resolve(body: Buffer): void; reject(e: Error): void } | null = null;

  constructor(socket: Socket, request: Buffer) {
    this.#socket = socket;
    this.#request = request;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.#onData(chunk));
    socket.on("error", (e) => this.#waiting?.reject(e));
    socket.on("close", () => this.#waiting?.reject(new Error("connection closed by the server")));
  }

  static open(port: number, request: Buffer): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port }, () => resolve(new Connection(socket, request)));
      socket.once("error", reject);
    });
  }

  get(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#socket.write(this.#request);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #onData(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#length += chunk.length;
    const all = this.#chunks.length === 1 ? chunk : Buffer.concat(this.#chunks, this.#length);
    const end = all.indexOf("\r\n\r\n");
    if (end < 0) return;
    const head = all.subarray(0, end).toString("latin1");
    const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const size = m ? Number(m[1]) : 0;
    if (all.length < end + 4 + size) {
      this.#chunks = [all];
      return;
    }
    this.#chunks = [];
    this.#length = 0;
    const waiting = this.#waiting;
    this.#waiting = null;
    const status = head.slice(9, 12);
    if (status !== "200") waiting?.reject(new Error(`API answered ${status}: ${all.subarray(end + 4).toString()}`));
    else waiting?.resolve(all.subarray(end + 4, end + 4 + size));
  }
}

async function run(job: LoadJob): Promise<LoadResult> {
  const request = Buffer.from(
    `GET ${job.path} HTTP/1.1\r\nHost: 127.0.0.1:${job.port}\r\nCookie: ${job.cookie}\r\nAccept: application/json\r\n\r\n`,
  );
  const connections = await Promise.all(
    Array.from({ length: job.connections }, () => Connection.open(job.port, request)),
  );
  const samples: number[] = [];
  let last: Buffer | null = null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    if (job.mode === "closed") {
      let next = 0;
      await Promise.all(
        connections.map(async (c) => {
          while (next < job.total) {
            next++;
            const s = performance.now();
            last = await c.get();
            samples.push(performance.now() - s);
          }
        }),
      );
    } else {
      const due = openLoopSchedule(job.rate, job.seconds);
      const queues = connections.map(() => Promise.resolve());
      for (let k = 0; k < due.length; k++) {
        const dueAt = t0 + (due[k] ?? 0);
        const wait = dueAt - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        // from the due time, or from the moment it was issued if the timer fired early: never a negative latency
        const at = Math.min(dueAt, performance.now());
        const i = k % connections.length;
        const c = connections[i] as Connection;
        queues[i] = (queues[i] as Promise<void>).then(async () => {
          last = await c.get();
          samples.push(performance.now() - at);
        });
      }
      await Promise.all(queues);
    }
  } finally {
    for (const c of connections) c.close();
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const body = last ? (JSON.parse((last as Buffer).toString("utf8")) as { project?: { indicators: unknown[] } }) : null;
  return { wallMs, samples, returned: body?.project?.indicators.length ?? 0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

process.on("message", (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.(result),
    (e: unknown) => process.send?.({ error: e instanceof Error ? e.message : String(e) }),
  );
});
