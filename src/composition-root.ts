import { mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { runInLogScope } from "./adapters/logging/json-logger.ts";
import { createPgCommuneReferential } from "./adapters/postgres/commune-referential.postgres.ts";
import { type DatabaseHandle, type Db, openPglite, openPostgres } from "./adapters/postgres/database.ts";
import { createPgDatabaseProbe } from "./adapters/postgres/database-probe.postgres.ts";
import { createPgEstablishmentProfileRepository } from "./adapters/postgres/establishment-profiles.postgres.ts";
import { createPgJobSchedule } from "./adapters/postgres/job-schedule.postgres.ts";
import { createPgMailbox } from "./adapters/postgres/mailbox.postgres.ts";
import { applyMigrations } from "./adapters/postgres/migrate.ts";
import { createPgOutbox } from "./adapters/postgres/outbox.postgres.ts";
import { lockDataDirectory } from "./adapters/postgres/pglite-lock.ts";
import { seedReferential } from "./adapters/postgres/referential-seed.ts";
import { createPgRomeReferential } from "./adapters/postgres/rome-referential.postgres.ts";
import { createPgUnitOfWork } from "./adapters/postgres/unit-of-work.postgres.ts";
import { loadReferentialFiles } from "./adapters/referential-data/load-referential-files.ts";
import { createResendMailer } from "./adapters/resend/mailer.resend.ts";
import { loadSwaggerUiAssets } from "./adapters/static/swagger-ui-assets.ts";
import { systemClock } from "./adapters/system/system-clock.ts";
import { dispatchOutbox, type Mailer, readMailbox } from "./application/messaging/index.ts";
import { getRomeFiche, searchCommunes, searchMetiers } from "./application/referential/index.ts";
import { createJobRunner, type Job, type JobRunner, runJobNow } from "./application/scheduling/index.ts";
import { checkHealth, getDevFixtures } from "./application/service/index.ts";
import type { Clock, Logger } from "./application/shared/ports.ts";
import { buildCfaMandate } from "./composition/cfa-mandate.ts";
import { buildIdentity, identityRepositories } from "./composition/identity.ts";
import { buildOffer, type OfferOverrides, offerRepositories } from "./composition/offer.ts";
import { buildPartnerAccess } from "./composition/partner-access.ts";
import { buildRecruiter, type RecruiterOverrides } from "./composition/recruiter.ts";
import type { Config } from "./config.ts";
import { createApp } from "./http/app.ts";
import type { UseCases } from "./http/use-cases.ts";

/** API.md: an email reaches the mailbox within 2 s, so the dispatcher runs every second (looked at 4× a second). */
const OUTBOX_DISPATCH_EVERY_MS = 1_000;
const JOB_TICK_MS = 250;
/** A message lease outlasts a whole batch: 20 messages × Resend's 10 s timeout. */
const OUTBOX_SETTINGS = { batchSize: 20, maxBatches: 5, leaseMs: 5 * 60_000 };
const OUTBOX_MAX_RETRY_DELAY_MS = 60 * 60_000;
/** How long POST /dev/jobs and `npm run job` wait for a run of the same job in progress. */
const ON_DEMAND_WAIT_MS = 30_000;

export type Services = Readonly<{ useCases: UseCases; runner: JobRunner; bootstrap: () => Promise<void> }>;

/** What tests replace: the clock of the use cases (the job runner keeps the system clock), upstream adapters. */
export type ServiceOverrides = Readonly<{ clock?: Clock }> & RecruiterOverrides & OfferOverrides;

/**
 * The only place that knows which adapter backs which port. The runner is started by the entry point, after
 * `bootstrap` (start-up writes, such as the administrators' accounts).
 */
export function buildServices(
  handle: DatabaseHandle,
  config: Config,
  logger: Logger,
  overrides: ServiceOverrides = {},
): Services {
  const unitOfWork = createUnitOfWork(handle.db);
  const identity = buildIdentity(handle.db, unitOfWork, config, overrides.clock ?? systemClock);
  const recruiter = buildRecruiter(handle.db, unitOfWork, identity.forOtherContexts, config, logger, overrides);
  const cfaMandate = buildCfaMandate(handle.db, overrides.clock ?? systemClock, recruiter.forOtherContexts);
  const offer = buildOffer(
    handle.db,
    unitOfWork,
    config,
    overrides.clock ?? systemClock,
    cfaMandate.partnerAddress,
    recruiter.trainingProviders,
    overrides,
  );
  const partnerAccess = buildPartnerAccess(handle.db, config, overrides.clock ?? systemClock);
  const romeReferential = createPgRomeReferential(handle.db);
  const communeReferential = createPgCommuneReferential(handle.db);
  const scheduling = {
    schedule: createPgJobSchedule(handle.db),
    jobs: [...buildJobs(handle.db, config, logger), ...offer.jobs],
    clock: systemClock,
    logger,
    owner: `${hostname()}:${crypto.randomUUID().slice(0, 8)}`,
  };
  const useCases: UseCases = {
    checkHealth: checkHealth({ databaseProbe: createPgDatabaseProbe(handle.db) }),
    searchMetiers: searchMetiers({ romeReferential }),
    getRomeFiche: getRomeFiche({ romeReferential }),
    searchCommunes: searchCommunes({ communeReferential }),
    readMailbox: readMailbox({ mailbox: createPgMailbox(handle.db, systemClock) }),
    runJobNow: runJobNow({ ...scheduling, waitMs: ON_DEMAND_WAIT_MS, sleep }),
    getDevFixtures: getDevFixtures({ sources: [identity.fixtures, recruiter.fixtures, partnerAccess.fixtures] }),
    ...identity.useCases,
    ...recruiter.useCases,
    ...offer.useCases,
    ...cfaMandate.useCases,
    ...partnerAccess.useCases,
  };
  const bootstrap = async () => {
    if (config.mode === "development") await recruiter.seedDemoData();
    await partnerAccess.seedDemoKey();
    const { created } = await identity.ensureAdminUsers();
    if (created > 0) logger.info("administrator accounts created", { count: created });
  };
  return { useCases, runner: createJobRunner({ ...scheduling, tickMs: JOB_TICK_MS }), bootstrap };
}

export function buildUseCases(handle: DatabaseHandle, config: Config, logger: Logger): UseCases {
  return buildServices(handle, config, logger).useCases;
}

/**
 * The repositories a use case may write inside one transaction (STYLE.md "Application"): each context adds its
 * own here, built on `tx`, so a change and the emails it causes commit together.
 */
export function createUnitOfWork(db: Db) {
  return createPgUnitOfWork(db, (tx) => ({
    outbox: createPgOutbox(tx),
    ...identityRepositories(tx),
    establishmentProfiles: createPgEstablishmentProfileRepository(tx),
    ...offerRepositories(tx),
  }));
}

/** Named jobs (API.md `context:verb`), run by the scheduler, POST /dev/jobs/{name} and `npm run job`. */
function buildJobs(db: Db, config: Config, logger: Logger): Job[] {
  const dispatch = dispatchOutbox({
    outbox: createPgOutbox(db),
    mailer: buildMailer(db, config),
    clock: systemClock,
    logger,
    settings: {
      ...OUTBOX_SETTINGS,
      retry: {
        maxAttempts: config.outbox.maxAttempts,
        baseDelayMs: config.outbox.retryBaseMs,
        maxDelayMs: OUTBOX_MAX_RETRY_DELAY_MS,
      },
    },
  });
  return [{ name: "outbox:dispatch", everyMs: OUTBOX_DISPATCH_EVERY_MS, leaseMs: 60_000, run: dispatch }];
}

/** MAIL_DRIVER: `resend` (production) or the local mailbox read by GET /dev/mailbox (development). */
function buildMailer(db: Db, config: Config): Mailer {
  if (config.mail.driver === "mailbox") return createPgMailbox(db, systemClock);
  const { resendApiKey, resendBaseUrl, from } = config.mail;
  if (!resendApiKey) throw new Error("RESEND_API_KEY manquant (MAIL_DRIVER=resend)");
  return createResendMailer({ apiKey: resendApiKey, from, baseUrl: resendBaseUrl });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** PostgreSQL when DATABASE_URL is set, else PGlite with its data on disk. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
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
  const { useCases, runner, bootstrap } = buildServices(handle, config, logger);
  await bootstrap();
  const app = createApp(useCases, config, {
    logger,
    logScope: runInLogScope,
    docsAssets: await loadSwaggerUiAssets(),
  });
  return { app, handle, runner };
}
