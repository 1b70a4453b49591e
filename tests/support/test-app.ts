import { createJsonLogger, runInLogScope } from "../../src/adapters/logging/json-logger.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { buildUseCases } from "../../src/composition-root.ts";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";

/** The real app on a test database, configured as `npm start` would be unless `env` says otherwise. */
export function createTestApp(database: DatabaseHandle, env: Record<string, string> = {}) {
  const config = loadConfig({ LOG_LEVEL: "silent", JOBS_ENABLED: "false", ...env });
  const logger = createJsonLogger(config.logLevel);
  return createApp(buildUseCases(database, config, logger), config, {
    logger,
    logScope: runInLogScope,
    docsAssets: {},
  });
}
