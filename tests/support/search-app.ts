import { createJsonLogger, runInLogScope } from "../../src/adapters/logging/json-logger.ts";
import { type DatabaseHandle, describeDatabaseFailure } from "../../src/adapters/postgres/database.ts";
import { buildServices } from "../../src/composition-root.ts";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";
import { aTestClock } from "./test-clock.ts";

/**
 * The real app on a test database with a clock the test moves, and the services' published APIs, so that a test
 * seeds the read model through `apis.search.index` (the owning contexts' writes are theirs to test).
 */
export async function createSearchTestApp(database: DatabaseHandle) {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const config = loadConfig({ LOG_LEVEL: "silent", JOBS_ENABLED: "false", SEED_DEMO_DATA: "false" });
  const logger = createJsonLogger(config.logLevel);
  const services = buildServices(database, config, logger, { clock });
  await services.bootstrap();
  const app = createApp(services.routers, config, {
    logger,
    logScope: runInLogScope,
    docsAssets: {},
    describeDatabaseFailure,
  });
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.json() };
  };
  return { app, get, clock, index: services.apis.search.index };
}
