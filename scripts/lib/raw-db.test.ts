import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { lockEmbedded } from "./raw-db";

it("refuses to back up or restore an embedded folder another live process holds, naming it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierscope-lock-"));
  const server = spawn("sleep", ["30"]);
  try {
    const holder = { pid: server.pid, command: "next start", since: "2026-12-01T09:00:00Z" };
    fs.writeFileSync(`${dir}/pglite.lock`, JSON.stringify(holder));
    expect(() => lockEmbedded(`${dir}/pglite`, "restore")).toThrow(
      `Cannot restore while process ${server.pid} (next start) has the embedded database open: stop the server first`,
    );
    expect(JSON.parse(fs.readFileSync(`${dir}/pglite.lock`, "utf8"))).toEqual(holder);
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
