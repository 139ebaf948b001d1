/** One CLI command: parses its own arguments and returns the exit code. */
export interface Command {
  name: string;
  /** One line of usage, Chinese then English. */
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, failure: 3 } as const;
