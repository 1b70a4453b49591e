import { mkdir } from "node:fs/promises";
import { runInLogScope } from "./adapters/logging/json-logger.ts";
import {
  type DatabaseHandle,
  type Db,
  describeDatabaseFailure,
  openPglite,
  openPostgres,
  withReadReplica,
} from "./adapters/postgres/database.ts";
import { createPgOutbox } from "./adapters/postgres/messaging/outbox.postgres.ts";
import { applyMigrations } from "./adapters/postgres/migrate.ts";
import { lockDataDirectory } from "./adapters/postgres/pglite-lock.ts";
import { seedReferential } from "./adapters/postgres/referential/seed.ts";
import { createPgUnitOfWork } from "./adapters/postgres/unit-of-work.postgres.ts";
import { loadReferentialFiles } from "./adapters/referential-data/load-referential-files.ts";
import { loadSiteScripts } from "./adapters/static/site-scripts.ts";
import { loadSwaggerUiAssets } from "./adapters/static/swagger-ui-assets.ts";
import { systemClock } from "./adapters/system/system-clock.ts";
import { createTextSealer } from "./adapters/system/text-sealer.webcrypto.ts";
import type { JobBusy, JobRunner, JobUnknown } from "./application/scheduling/index.ts";
import type { Logger } from "./application/shared/ports.ts";
import type { TextSealer } from "./application/shared/sealing.ts";
import type {
  AnyModule,
  ModuleKit,
  PublishedApis,
  RefusalOf,
  Router,
  ServiceOverrides,
  TransactionKit,
  UseCasesOf,
} from "./composition/context-module.ts";
import { CONTEXT_MODULES } from "./composition/modules.ts";
import { buildPlatform, type PlatformUseCases } from "./composition/platform.ts";
import { configuredRateLimiter, publicLimits, withPublicLimits } from "./composition/rate-limiting.ts";
import type { Config } from "./config.ts";
import { createApp } from "./http/app.ts";
import { authentication } from "./http/middleware/authentication.ts";
import { pageSession } from "./http/pages/site/page-session.ts";
import { platformCatalogue } from "./http/platform-errors.ts";
import { type SharedRefusal, sharedCatalogue } from "./http/refusals.ts";

export type { ServiceOverrides } from "./composition/context-module.ts";

type ContextModules = (typeof CONTEXT_MODULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Everything the HTTP layer and the tests can call, derived from the module list. */
type UseCases = PlatformUseCases & UnionToIntersection<UseCasesOf<ContextModules>>;

/** Every refusal a use case can return, derived from the module list (each presented by its module's catalogue). */
export type DomainError = RefusalOf<ContextModules> | SharedRefusal | JobUnknown | JobBusy;

/** Every refusal code the service can answer (docs/API.md lists each), gathered from the module list. */
export function refusalCodes(modules: readonly AnyModule[] = CONTEXT_MODULES): readonly DomainError["code"][] {
  const catalogues = [sharedCatalogue, platformCatalogue, ...modules.map((module) => module.refusals)];
  return catalogues.flatMap((catalogue) => Object.keys(catalogue)) as DomainError["code"][];
}

export type Services = Readonly<{
  useCases: UseCases;
  routers: readonly Router[];
  runner: JobRunner;
  bootstrap: () => Promise<void>;
  /** What each context publishes to the others (the CLI and tests use them too). */
  apis: PublishedApis;
}>;

/**
 * The only place that knows which adapter backs which port, by folding over the context modules
 * (src/composition/modules.ts; a test may pass a longer list). The runner is started by the entry point, after
 * `bootstrap` (start-up work).
 */
export function buildServices(
  handle: DatabaseHandle,
  config: Config,
  logger: Logger,
  overrides: ServiceOverrides = {},
  modules: readonly AnyModule[] = CONTEXT_MODULES,
): Services {
  const apis: Record<string, unknown> = {};
  const rateLimiter = overrides.rateLimiter ?? configuredRateLimiter(config, handle);
  const transactional: Record<string, (tx: Db, kit: TransactionKit) => unknown> = {};
  // docs/adr/0017: outbox bodies (and idempotent answers) are sealed with a key derived from SESSION_SECRET.
  const sealer = createTextSealer(config.identity.sessionSecret);
  const kit: ModuleKit = {
    db: handle.db,
    readDb: handle.readDb ?? handle.db,
    config,
    logger,
    clock: overrides.clock ?? systemClock,
    rateLimiter,
    overrides,
    apis: publishedSoFar(apis),
    unitOfWork: (repositories) =>
      createPgUnitOfWork(handle.db, (tx) => {
        const txKit = transactionKit(tx, modules, transactional, sealer);
        return { ...repositories(tx, txKit), ...txKit };
      }),
  };
  const built = modules.map((module) => {
    const parts = module.build(kit);
    if (parts.published) apis[module.name] = parts.published;
    if (parts.transactional) transactional[module.name] = parts.transactional;
    return { module, parts };
  });
  const platform = buildPlatform(handle.db, config, logger, sealer, {
    jobs: built.flatMap(({ parts }) => parts.jobs ?? []),
    fixtures: built.flatMap(({ parts }) => (parts.fixtures ? [parts.fixtures] : [])),
  });
  const useCases = mergeUseCases([platform.useCases, ...built.map(({ parts }) => parts.useCases)]) as UseCases;
  const http = {
    auth: authentication(useCases.authenticate, { webOrigin: config.webOrigin }),
    pageAuth: pageSession(useCases.authenticate),
    logger,
    config,
    apis: kit.apis,
  };
  const routers = [
    ...platform.routers,
    ...built.flatMap(({ module, parts }) => module.routes?.(parts.useCases, http) ?? []),
  ];
  const bootstrap = async () => {
    for (const { parts } of built) await parts.startUp?.();
    if (config.seedDemoData) for (const { parts } of built) await parts.demoData?.();
  };
  // docs/adr/0016: every public write, and the reads listed there, limited per client address.
  const limited = withPublicLimits(routers, publicLimits(config, rateLimiter));
  return { useCases, routers: limited, runner: platform.runner, bootstrap, apis: kit.apis };
}

/** The outbox, the events of this transaction (each reaction on its own repositories) and the APIs bound to it. */
function transactionKit(
  tx: Db,
  modules: readonly AnyModule[],
  transactional: Readonly<Record<string, (tx: Db, kit: TransactionKit) => unknown>>,
  sealer: TextSealer,
): TransactionKit {
  const events = new Proxy({} as TransactionKit["events"], {
    get: (_, name: string) => async (event: unknown) => {
      for (const module of modules)
        await module.reactions?.[name as keyof TransactionKit["events"]]?.(tx, kit)(event as never);
    },
  });
  const within: Record<string, unknown> = {};
  const kit: TransactionKit = {
    outbox: createPgOutbox(tx, sealer),
    events,
    within: new Proxy(within as unknown as TransactionKit["within"], {
      get: (_, name: string) => {
        if (!(name in within)) {
          const bind = transactional[name];
          if (!bind) throw new Error(`no transactional API named "${name}" (see src/composition/modules.ts)`);
          within[name] = bind(tx, kit);
        }
        return within[name];
      },
    }),
  };
  return kit;
}

/** The APIs published so far; reading one not built yet is a wiring bug, named at start-up. */
function publishedSoFar(apis: Record<string, unknown>): PublishedApis {
  return new Proxy(apis as unknown as PublishedApis, {
    get: (_, name: string) => {
      if (!(name in apis)) {
        throw new Error(
          `context API "${name}" read before it was built: list it earlier in src/composition/modules.ts`,
        );
      }
      return apis[name];
    },
  });
}

function mergeUseCases(parts: readonly object[]): object {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, useCase] of Object.entries(part)) {
      if (name in merged) throw new Error(`two contexts define the use case "${name}"`);
      merged[name] = useCase;
    }
  }
  return merged;
}

/** PostgreSQL when DATABASE_URL is set (with a replica for reads when DATABASE_READ_URL is), else PGlite on disk. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const timeoutMs = config.databaseStatementTimeoutMs;
    const primary = await openPostgres(config.databaseUrl, undefined, timeoutMs);
    return config.databaseReadUrl ? withReadReplica(primary, config.databaseReadUrl, undefined, timeoutMs) : primary;
  }
  await mkdir(config.pgliteDataDir, { recursive: true });
  const unlock = await lockDataDirectory(config.pgliteDataDir);
  const handle = await openPglite({ dataDir: config.pgliteDataDir }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return { ...handle, close: () => handle.close().finally(unlock) };
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
  const { routers, runner, bootstrap } = buildServices(handle, config, logger);
  await bootstrap();
  const app = createApp(routers, config, {
    logger,
    logScope: runInLogScope,
    docsAssets: await loadSwaggerUiAssets(),
    siteScripts: await loadSiteScripts(),
    describeDatabaseFailure,
  });
  return { app, handle, runner };
}
