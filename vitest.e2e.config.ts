import { defineConfig } from "vitest/config";

/**
 * The browser tests (`npm run test:e2e`): journeys through the pages in Debian's Chromium, driven by
 * playwright-core, against one service started as `npm start` runs it (tests/e2e/support/site-server.ts).
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/site-server.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "UTC" },
  },
});
