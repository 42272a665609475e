import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { TEST_TODAY } from "./lib/clock";

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    environment: "node",
    // Tests run at a pinned date: what is in force (contracts, upcoming rules) must not move with
    // the real calendar. A test may set TIERSCOPE_TODAY itself to look at another day.
    env: { TIERSCOPE_TODAY: process.env.TIERSCOPE_TODAY ?? TEST_TODAY },
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "prisma/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/**/*.test.ts",
    ],
    exclude: ["node_modules", "e2e", ".next", "lib/generated"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves: the
    // in-process route tests (tests/) load it through Vite.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry; two forks fit the 2-core machine.
    maxWorkers: 2,
  },
});
