import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    pool: "forks",
    // A worker runs its test files one after the other in one module graph: the app and PGlite's WebAssembly are
    // loaded once per worker, not once per file, and test-database.ts hands a clean PGlite instance from one file
    // to the next (ADR 0004). A test file must therefore leave no global state behind (restore spies, close servers).
    isolate: false,
    // vitest's default is one worker less than the cores (a single one on 2 cores); the main process has little to do.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Offline by construction: any adapter reaching the internet would fail, not hang.
    env: { TZ: "UTC" },
  },
});
