import { type ChildProcess, spawn } from "node:child_process";

/**
 * For crash tests: runs `script` with `args` in a child Node process (kept in `children` so the test can kill what is
 * left) and resolves with it once it printed a line starting with `marker`; rejects, with its output, when it exits
 * first.
 */
export function spawnUntil(
  script: string,
  args: readonly string[],
  marker: string,
  children: ChildProcess[],
): Promise<{ proc: ChildProcess; line: string }> {
  const proc = spawn(process.execPath, [script, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    proc.stderr?.on("data", (b: Buffer) => {
      err += b.toString();
    });
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
      const line = out.split("\n").find((l) => l.startsWith(marker));
      if (line !== undefined) resolve({ proc, line });
    });
    proc.on("exit", (code) => reject(new Error(`child exited ${code} before "${marker}":\n${out}\n${err}`)));
  });
}
