import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { JixiaoError } from "@jixiao/core";

export const LOCK_FILE = "jixiao.lock";

export interface LockHandle {
  path: string;
  release(): void;
}

/**
 * PGlite has no cross-process lock, and two processes on one data folder silently lose writes. So the folder is
 * held by a lock file created with O_EXCL that names the owner's pid. A lock whose pid is no longer alive (the
 * owner was killed) is taken over; a live owner — including this same process opening the folder twice — is refused.
 */
export function acquireLock(dataDir: string): LockHandle {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        process.off("exit", release);
        try {
          if (readOwner(path) === process.pid) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return { path, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const owner = readOwner(path);
    if (owner !== null && isAlive(owner)) {
      throw new JixiaoError("locked", `data folder ${dataDir} is in use by process ${owner}`, {
        userMessage: `数据目录 ${dataDir} 正被另一个进程（pid ${owner}）使用，请先关闭它。 / The data folder is in use by another process (pid ${owner}); stop it first.`,
        details: { dataDir, pid: owner },
      });
    }
    // Stale (dead owner) or unreadable half-written lock: take it over.
    try {
      unlinkSync(path);
    } catch {
      // someone else took it over first; try again
    }
  }
  throw new JixiaoError("locked", `could not take the lock ${path}`, {
    userMessage: `无法锁定数据目录 ${dataDir}，请稍后重试。 / Could not lock the data folder; try again.`,
  });
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive but owned by another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
