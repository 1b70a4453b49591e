import { createJsonLogger, runInLogScope } from "../../src/adapters/logging/json-logger.ts";
import { type DatabaseHandle, describeDatabaseFailure } from "../../src/adapters/postgres/database.ts";
import { buildServices, type ServiceOverrides } from "../../src/composition-root.ts";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";

/**
 * The real app on a test database, configured as `npm start` would be unless `env` says otherwise; `overrides`
 * replaces the clock or an upstream adapter (e.g. a fake EstablishmentDirectory).
 */
export function createTestApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  overrides: ServiceOverrides = {},
) {
  const config = loadConfig({ LOG_LEVEL: "silent", JOBS_ENABLED: "false", ...env });
  const logger = createJsonLogger(config.logLevel);
  return createApp(buildServices(database, config, logger, overrides).routers, config, {
    logger,
    logScope: runInLogScope,
    docsAssets: {},
    describeDatabaseFailure,
  });
}
