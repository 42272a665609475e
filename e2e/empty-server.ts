/**
 * A second server for the first-run journey: the same production build on its own empty database
 * (scripts/e2e-server.mjs --empty), started only by the journeys that use it, on E2E_PORT + 1.
 */
import { test as base } from "@playwright/test";
import { startSecondServer } from "./second-server";
import { E2E_PORT } from "./server-url";

const PORT = Number(process.env.E2E_EMPTY_PORT ?? E2E_PORT + 1);

/** `baseURL` points at a server whose database had no users when the worker started. */
export const test = base.extend<object, { emptyServer: string }>({
  emptyServer: [
    async ({}, provide) => {
      const server = await startSecondServer(PORT, ["--empty"], {});
      try {
        await provide(server.url);
      } finally {
        await server.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ emptyServer }, provide) => provide(emptyServer),
});
export { expect } from "@playwright/test";
