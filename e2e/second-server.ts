/**
 * A second production server for the journeys that need other data than the demo server's: the
 * same build on its own database (scripts/e2e-server.mjs with extra arguments), started by the
 * journey's worker fixture and stopped with it.
 */
import { spawn } from "node:child_process";

export interface SecondServer {
  url: string;
  /** what the server script printed (the seeders' summaries included) */
  output(): string;
  stop(): Promise<void>;
}

export async function startSecondServer(
  port: number,
  args: string[],
  env: Record<string, string>,
): Promise<SecondServer> {
  const child = spawn("node", ["scripts/e2e-server.mjs", String(port), ...args], {
    env: { ...process.env, E2E_SCALE: "", ...env },
    stdio: "pipe",
  });
  const state = { exited: false, output: "" };
  child.stdout.on("data", (d) => (state.output += d));
  child.stderr.on("data", (d) => (state.output += d));
  child.on("exit", () => (state.exited = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (state.exited) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 240_000;
  try {
    for (;;) {
      if (state.exited) throw new Error(`The server on ${port} stopped:\n${state.output}`);
      if (Date.now() > deadline)
        throw new Error(`The server on ${port} did not answer in time:\n${state.output}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => state.output, stop };
}
