import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { TEST_TODAY } from "./lib/clock";
import { E2E_BASE_URL, E2E_PORT } from "./e2e/server-url";

// The journeys' server (and anything a journey computes) runs at a pinned date, like the unit tests.
process.env.TIERSCOPE_TODAY ??= TEST_TODAY;

// Debian's chromium where installed (CI installs it); otherwise Playwright's own browser if present.
const executablePath =
  process.env.CHROMIUM_PATH ??
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a journey that passes only on a second try is a bug to fix (e2e/README.md).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // A fresh database for every run: a temporary PostgreSQL database when DATABASE_URL is set,
    // else a temporary PGlite folder; then the production build is served.
    command: `node scripts/e2e-server.mjs ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
