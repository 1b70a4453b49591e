import { createJsonLogger } from "../adapters/logging/json-logger.ts";
import { openConfiguredDatabase, prepareDatabase } from "../composition-root.ts";
import { ConfigError, loadConfig } from "../config.ts";

/**
 * `npm run db:migrate`: applies drizzle/ migrations and the shipped reference data, then exits. The server does
 * the same at start-up; on PGlite this command needs the server stopped (one process per data directory).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createJsonLogger("info", { service: "lba-migrate" });
  const handle = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(handle, logger);
    logger.info("database ready", { engine: handle.engine });
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Migration impossible : ${(error as Error).message}`);
  process.exit(1);
});
