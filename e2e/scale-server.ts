/**
 * A server on a small scale data set for the journey that runs in every CI run
 * (e2e/scale-small.spec.ts): the demo data plus the scale seeder's synthetic inventory at a size
 * that seeds in seconds, on its own database, on E2E_PORT + 2. The seeder's totals come back with
 * it, so the journey checks the matrix against what was stored.
 */
import { test as base } from "./fixtures";
import { startSecondServer } from "./second-server";
import { E2E_PORT } from "./server-url";

const PORT = Number(process.env.E2E_SCALE_PORT ?? E2E_PORT + 2);
export const SMALL_SCALE = { models: 80, deployments: 400 };

export interface ScaleTotals {
  models: number;
  deployments: number;
  jurisdictions: number;
}

export const test = base.extend<object, { scaleServer: { url: string; totals: ScaleTotals } }>({
  scaleServer: [
    async ({}, provide) => {
      const server = await startSecondServer(PORT, [], {
        E2E_SCALE: "1",
        E2E_SCALE_MODELS: String(SMALL_SCALE.models),
        E2E_SCALE_DEPLOYMENTS: String(SMALL_SCALE.deployments),
        // Its own PostgreSQL database, never the demo server's.
        E2E_DB_NAME: `${process.env.E2E_DB_NAME ?? "tierscope_e2e"}_scale`,
      });
      try {
        // scripts/seed-scale.ts prints one JSON line with what the database holds afterwards.
        const line = server
          .output()
          .split("\n")
          .find((l) => l.startsWith("{") && l.includes('"totals"'));
        if (!line) throw new Error(`The scale seeder printed no totals:\n${server.output()}`);
        const { totals } = JSON.parse(line) as { totals: ScaleTotals };
        await provide({ url: server.url, totals });
      } finally {
        await server.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ scaleServer }, provide) => provide(scaleServer.url),
});
export { expect } from "./fixtures";
