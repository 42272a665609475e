/**
 * `test` for every journey: before the first test of each spec file, the demo server's data goes
 * back to the seeded state (POST /api/e2e/reset, e2e/README.md), so no file sees what another one
 * changed, whatever the order they run in.
 */
import { test as base } from "@playwright/test";
import { E2E_BASE_URL } from "./server-url";

// Workers run one file at a time (playwright.config.ts): a new file is a new value here. A worker
// restarted after a failure resets again before its next test.
let resetFor: string | undefined;

export const test = base.extend<{ seededData: void }>({
  seededData: [
    async ({ playwright }, provide, testInfo) => {
      if (resetFor !== testInfo.file) {
        const api = await playwright.request.newContext();
        try {
          const answer = await api.post(`${E2E_BASE_URL}/api/e2e/reset`);
          if (!answer.ok())
            throw new Error(
              `The demo server did not reset its data (${answer.status()}): start it with scripts/e2e-server.mjs.`,
            );
        } finally {
          await api.dispose();
        }
        resetFor = testInfo.file;
      }
      await provide();
    },
    { auto: true },
  ],
});

export * from "@playwright/test";
