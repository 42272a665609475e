/**
 * A second server for the first-run journey: the same production build on its own empty database
 * (scripts/e2e-server.mjs --empty), started only by the journeys that use it, on E2E_PORT + 1.
 */
import { spawn } from "node:child_process";
import { test as base } from "@playwright/test";

const PORT = Number(process.env.E2E_EMPTY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

async function waitForHealth(url: string, server: { exited: boolean; output: string }) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`The empty-install server stopped:\n${server.output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The empty-install server did not answer in time:\n${server.output}`);
}

/** `baseURL` points at a server whose database had no users when the worker started. */
export const test = base.extend<object, { emptyServer: string }>({
  emptyServer: [
    async ({}, provide) => {
      const child = spawn("node", ["scripts/e2e-server.mjs", String(PORT), "--empty"], {
        env: { ...process.env, E2E_SCALE: "" },
        stdio: "pipe",
      });
      const state = { exited: false, output: "" };
      child.stdout.on("data", (d) => (state.output += d));
      child.stderr.on("data", (d) => (state.output += d));
      child.on("exit", () => (state.exited = true));
      const url = `http://127.0.0.1:${PORT}`;
      try {
        await waitForHealth(url, state);
        await provide(url);
      } finally {
        if (!state.exited) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        }
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ emptyServer }, provide) => provide(emptyServer),
});
export { expect } from "@playwright/test";
