import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir, lockFileOf, releaseDataDir } from "./data-dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-lock-")), "pglite");
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) releaseDataDir(dir);
});

/** Another process that takes the lock through the same module and keeps running. */
async function holdInAnotherProcess(dir: string) {
  // `node --import tsx` (not the tsx binary, which runs node in a child of its own): the pid we
  // hold is the process that takes the lock.
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `const { lockDataDir } = require(${JSON.stringify(path.resolve("lib/server/db/data-dir-lock.ts"))});
       lockDataDir(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe("embedded database folder lock", () => {
  it("refuses a second process, naming the one holding the folder", async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    try {
      let refused: unknown;
      try {
        lockDataDir(dir);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(DataDirInUseError);
      expect((refused as Error).message).toContain(`process ${holder.pid}`);
      expect((refused as Error).message).toContain("DATABASE_URL");
    } finally {
      holder.kill("SIGKILL");
    }
  }, 30_000);

  it("takes over a lock left by a process killed with SIGKILL", async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.on("exit", resolve));
    expect(fs.existsSync(lockFileOf(dir))).toBe(true);
    lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFileOf(dir), "utf8")).pid).toBe(process.pid);
  }, 30_000);

  it("lets the holding process open the folder again, and removes the lock on release", () => {
    const dir = tempDir();
    lockDataDir(dir);
    lockDataDir(dir);
    releaseDataDir(dir);
    expect(fs.existsSync(lockFileOf(dir))).toBe(false);
  });
});
