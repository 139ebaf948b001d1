import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { JixiaoError } from "@jixiao/core";

export const LOCK_FILE = "jixiao.lock";

export interface LockHandle {
  path: string;
  release(): void;
}

/** Who holds a lock: the pid, and what tells that pid apart from a later process given the same number. */
export interface LockOwner {
  pid: number;
  /** The kernel's start time of the process (/proc/<pid>/stat field 22, clock ticks since boot); null off Linux. */
  start: string | null;
  /** /proc/sys/kernel/random/boot_id: pids start again after a reboot; null off Linux. */
  boot: string | null;
  host: string;
}

/** Folders held by this process, so opening one twice here is refused even if the lock file was tampered with. */
const heldHere = new Set<string>();

/**
 * PGlite has no cross-process lock, and two processes on one data folder silently lose writes. So the folder is
 * held by a lock file naming its owner: pid, the process's start time and the boot id (Linux), and the host name.
 * The file appears complete in one step (written aside, then hard-linked into place, which fails if it exists), so
 * nobody ever reads a half-written lock. A lock is stale — and taken over — when its owner is dead, when its pid now
 * belongs to another process (start time differs: pid reuse, e.g. pid 1 in a restarted container), or when it was
 * written before the last reboot. A live owner, on this host or another one, is refused with a clear message.
 */
export function acquireLock(dataDir: string): LockHandle {
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw lockedError(dataDir, currentOwner());
  const mine = formatOwner(currentOwner());
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(path, mine)) {
      heldHere.add(path);
      const release = () => {
        process.off("exit", release);
        heldHere.delete(path);
        try {
          if (readFileSync(path, "utf8") === mine) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return { path, release };
    }
    const text = readText(path);
    if (text === null) continue; // removed meanwhile: try again
    const owner = parseOwner(text);
    if (owner && ownerIsLive(owner)) throw lockedError(dataDir, owner);
    takeOverStale(path, text);
  }
  throw new JixiaoError("locked", `could not take the lock ${path}`, {
    userMessage: `无法锁定数据目录 ${dataDir}，请稍后重试。 / Could not lock the data folder ${dataDir}; try again.`,
  });
}

/** This process as a lock owner. */
export function currentOwner(): LockOwner {
  return { pid: process.pid, start: processStart(process.pid), boot: bootId(), host: hostname() };
}

/** `pid` on the first line (what older versions wrote, and what `cat` shows first), then key=value lines. */
export function formatOwner(owner: LockOwner): string {
  return `${owner.pid}\nstart=${owner.start ?? ""}\nboot=${owner.boot ?? ""}\nhost=${owner.host}\n`;
}

/** Null for an unreadable (garbage) lock, which counts as stale. An old pid-only lock has no start, boot or host. */
export function parseOwner(text: string): LockOwner | null {
  const [first, ...rest] = text.split("\n");
  const pid = Number(first?.trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const fields = new Map(rest.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
  return {
    pid,
    start: fields.get("start") || null,
    boot: fields.get("boot") || null,
    host: fields.get("host") || hostname(),
  };
}

/**
 * Whether the owner may still be running. Another host's process cannot be checked from here: assume live (the
 * message names the host). On this host: not live after a reboot, if the pid is gone, or if the pid's start time
 * is not the recorded one (the number was reused).
 */
export function ownerIsLive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false;
  if (!pidExists(owner.pid)) return false;
  if (owner.start) {
    const start = processStart(owner.pid);
    if (start !== null && start !== owner.start) return false;
  }
  return true;
}

/** Atomically creates `path` holding `text`; false if it already exists. */
function createExclusive(path: string, text: string): boolean {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(aside, text);
  try {
    linkSync(aside, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links: an exclusive create, written at once (a reader seeing it empty retries).
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") {
      try {
        writeFileSync(path, text, { flag: "wx" });
        return true;
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw e2;
      }
    }
    throw e;
  } finally {
    try {
      unlinkSync(aside);
    } catch {
      // gone
    }
  }
}

/**
 * Removes the stale lock whose text was judged — and only that one: the lock is first renamed aside (one process
 * wins), and if what was moved is not what was judged (another process took the folder in between), it goes back.
 */
function takeOverStale(path: string, judged: string): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readText(aside);
  if (moved !== judged) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process holds the folder now; it keeps it
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone
  }
}

function lockedError(dataDir: string, owner: LockOwner): JixiaoError {
  const where = owner.host === hostname() ? "" : `（主机 ${owner.host}）`;
  const whereEn = owner.host === hostname() ? "" : ` on host ${owner.host}`;
  return new JixiaoError("locked", `data folder ${dataDir} is in use by process ${owner.pid}${whereEn}`, {
    userMessage: `数据目录 ${dataDir} 正被另一个进程（pid ${owner.pid}）${where}使用，请先关闭它。 / The data folder ${dataDir} is in use by another process (pid ${owner.pid}${whereEn}); stop it first.`,
    details: { dataDir, pid: owner.pid, host: owner.host },
  });
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive but owned by another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces); null off Linux. */
export function processStart(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null;
}

let boot: string | null | undefined;
function bootId(): string | null {
  if (boot === undefined) boot = readText("/proc/sys/kernel/random/boot_id")?.trim() || null;
  return boot;
}
