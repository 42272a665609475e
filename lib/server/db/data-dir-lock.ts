/**
 * One process at a time on an embedded (PGlite) database folder. PGlite is a single-process
 * database: a second process writing the same files corrupts them, and the first never sees its
 * writes. The first process to open a folder writes `<folder>.lock` with its pid; another process
 * is refused with a message naming the holder. A lock left by a process that died (even by
 * SIGKILL) is taken over, since its pid no longer runs.
 */
import fs from "node:fs";

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        "Stop that process first (or, to run several processes on one database, use PostgreSQL: set DATABASE_URL).",
    );
    this.name = "DataDirInUseError";
  }
}

const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export function lockFileOf(dir: string): string {
  return `${dir.replace(/[\\/]+$/, "")}.lock`;
}

/** Takes the folder for this process (again, if it already holds it); throws if another holds it. */
export function lockDataDir(dir: string): void {
  const file = lockFileOf(dir);
  if (held.has(file)) return;
  const me: LockHolder = {
    pid: process.pid,
    command: process.argv.slice(1, 3).join(" ") || "node",
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      held.add(file);
      process.once("exit", () => releaseDataDir(dir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder?.pid === process.pid) {
      held.add(file);
      return;
    }
    if (holder && isRunning(holder.pid)) throw new DataDirInUseError(dir, holder);
    // Left behind by a process that is gone (or half-written): remove it and try again.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not lock the embedded database folder ${dir}.`);
}

export function releaseDataDir(dir: string): void {
  const file = lockFileOf(dir);
  if (!held.delete(file)) return;
  if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}
