import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  acquireLock,
  currentOwner,
  formatOwner,
  LOCK_FILE,
  type LockOwner,
  ownerIsLive,
  parseOwner,
  processStart,
} from "./lock-file.ts";

// Child processes start slowly on a busy machine: generous timeouts, no timing assertions.
vi.setConfig({ testTimeout: 120_000 });
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "jixiao-lock-"));
  dirs.push(d);
  return d;
}

/** A live process that is not this one (its pid is what a reused pid looks like). */
function sleeper(): ChildProcess {
  const c = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(c);
  return c;
}

function writeLock(dir: string, owner: LockOwner): void {
  writeFileSync(join(dir, LOCK_FILE), formatOwner(owner));
}

const linux = existsSync("/proc/self/stat");

describe("lock owner", () => {
  it("round-trips, and reads an old pid-only lock", () => {
    const me = currentOwner();
    expect(parseOwner(formatOwner(me))).toEqual(me);
    expect(parseOwner("1234\n")).toMatchObject({ pid: 1234, start: null, boot: null });
    expect(parseOwner("garbage")).toBeNull();
    expect(parseOwner("")).toBeNull();
  });

  it.runIf(linux)("reads the start time of a command name with spaces and parentheses", () => {
    expect(processStart(process.pid)).toMatch(/^\d+$/);
    expect(processStart(2 ** 22 + 12345)).toBeNull();
  });

  it.runIf(linux)("this process is live; a reused pid, a dead pid and an earlier boot are not", () => {
    const me = currentOwner();
    expect(ownerIsLive(me)).toBe(true);
    expect(ownerIsLive({ ...me, start: "1" })).toBe(false);
    expect(ownerIsLive({ ...me, boot: "00000000-0000-0000-0000-000000000000" })).toBe(false);
    expect(ownerIsLive({ ...me, pid: 2 ** 22 + 12345 })).toBe(false);
    expect(ownerIsLive({ ...me, host: "another-host.example" })).toBe(true);
  });
});

describe("acquireLock", () => {
  it("holds the folder, refuses a second holder in this process, and releases", () => {
    const dir = tempDir();
    const lock = acquireLock(dir);
    expect(parseOwner(readFileSync(join(dir, LOCK_FILE), "utf8"))).toEqual(currentOwner());
    expect(() => acquireLock(dir)).toThrow(expect.objectContaining({ code: "locked" }));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireLock(dir).release();
    expect(readdirSync(dir)).toEqual([]); // nothing left aside
  });

  it.runIf(linux)("refuses a live owner with a Chinese and English message", () => {
    const dir = tempDir();
    const other = sleeper();
    const pid = other.pid ?? 0;
    writeLock(dir, { ...currentOwner(), pid, start: processStart(pid) });
    const err = (() => {
      try {
        acquireLock(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toMatchObject({ code: "locked" });
    expect((err as { userMessage: string }).userMessage).toMatch(
      new RegExp(`数据目录.*正被另一个进程（pid ${pid}）.*in use by another process \\(pid ${pid}\\)`),
    );
  });

  it.runIf(linux)("takes over a lock whose pid was reused by another process", () => {
    const dir = tempDir();
    const other = sleeper();
    writeLock(dir, { ...currentOwner(), pid: other.pid ?? 0, start: "1" });
    const lock = acquireLock(dir);
    expect(parseOwner(readFileSync(join(dir, LOCK_FILE), "utf8"))?.pid).toBe(process.pid);
    lock.release();
  });

  it.runIf(linux)("takes over a lock written before the last reboot, even if its pid is alive now", () => {
    const dir = tempDir();
    const other = sleeper();
    const pid = other.pid ?? 0;
    writeLock(dir, { ...currentOwner(), pid, start: processStart(pid), boot: "00000000-0000-0000-0000-000000000000" });
    acquireLock(dir).release();
  });

  it("takes over a lock of a dead process and a garbage lock", () => {
    const dir = tempDir();
    writeLock(dir, { ...currentOwner(), pid: 2 ** 22 + 12345 });
    acquireLock(dir).release();
    writeFileSync(join(dir, LOCK_FILE), "");
    acquireLock(dir).release();
  });

  it("refuses a lock held on another host", () => {
    const dir = tempDir();
    writeLock(dir, { ...currentOwner(), host: "another-host.example" });
    expect(() => acquireLock(dir)).toThrow(
      expect.objectContaining({ userMessage: expect.stringMatching(/another-host/) }),
    );
  });

  it("several processes racing for a folder with a stale lock: exactly one gets it", async () => {
    const dir = tempDir();
    writeLock(dir, { ...currentOwner(), pid: 2 ** 22 + 12345 });
    const script = `import { acquireLock } from ${JSON.stringify(join(import.meta.dirname, "lock-file.ts"))};
      try { acquireLock(${JSON.stringify(dir)}); process.stdout.write("held\\n"); process.stdin.resume(); }
      catch (e) { process.stdout.write((e.code ?? "error") + "\\n"); }`;
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => {
        const c = spawn(process.execPath, ["--input-type=module", "-e", script], {
          stdio: ["pipe", "pipe", "inherit"],
        });
        children.push(c);
        return new Promise<string>((resolve) => {
          let out = "";
          c.stdout?.on("data", (b: Buffer) => {
            out += b.toString();
            if (out.includes("\n")) resolve(out.trim());
          });
          c.on("exit", () => resolve(out.trim()));
        });
      }),
    );
    expect(outcomes.filter((o) => o === "held")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(3);
  });
});
