import { mkdir } from "node:fs/promises";
import { createPgCommuneReferential } from "./adapters/postgres/commune-referential.postgres.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "./adapters/postgres/database.ts";
import { createPgDatabaseProbe } from "./adapters/postgres/database-probe.postgres.ts";
import { applyMigrations } from "./adapters/postgres/migrate.ts";
import { seedReferential } from "./adapters/postgres/referential-seed.ts";
import { createPgRomeReferential } from "./adapters/postgres/rome-referential.postgres.ts";
import { loadReferentialFiles } from "./adapters/referential-data/load-referential-files.ts";
import { loadSwaggerUiAssets } from "./adapters/static/swagger-ui-assets.ts";
import { systemClock } from "./adapters/system/system-clock.ts";
import { getRomeFiche, searchCommunes, searchMetiers } from "./application/referential/index.ts";
import { checkHealth } from "./application/service/index.ts";
import type { Logger } from "./application/shared/ports.ts";
import type { Config } from "./config.ts";
import { createApp } from "./http/app.ts";
import type { UseCases } from "./http/use-cases.ts";

/** The only place that knows which adapter backs which port. */
export function buildUseCases(handle: DatabaseHandle): UseCases {
  const romeReferential = createPgRomeReferential(handle.db);
  const communeReferential = createPgCommuneReferential(handle.db);
  return {
    checkHealth: checkHealth({ databaseProbe: createPgDatabaseProbe(handle.db) }),
    searchMetiers: searchMetiers({ romeReferential }),
    getRomeFiche: getRomeFiche({ romeReferential }),
    searchCommunes: searchCommunes({ communeReferential }),
  };
}

/** PostgreSQL when DATABASE_URL is set, else PGlite with its data on disk. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  await mkdir(config.pgliteDataDir, { recursive: true });
  return openPglite({ dataDir: config.pgliteDataDir });
}

/** Migrations, then reference data (skipped when already at the shipped version). */
export async function prepareDatabase(handle: DatabaseHandle, logger: Logger): Promise<void> {
  await applyMigrations(handle);
  const imported = await seedReferential(handle.db, await loadReferentialFiles(), systemClock.now());
  if (imported.length > 0) logger.info("referential seeded", { datasets: imported });
}

export async function composeService(config: Config, logger: Logger) {
  const handle = await openConfiguredDatabase(config);
  await prepareDatabase(handle, logger);
  const app = createApp(buildUseCases(handle), config, { logger, docsAssets: await loadSwaggerUiAssets() });
  return { app, handle };
}
