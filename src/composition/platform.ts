import { hostname } from "node:os";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgMailbox } from "../adapters/postgres/messaging/mailbox.postgres.ts";
import { createPgOutbox } from "../adapters/postgres/messaging/outbox.postgres.ts";
import { createPgJobSchedule } from "../adapters/postgres/scheduling/job-schedule.postgres.ts";
import { createPgDatabaseProbe } from "../adapters/postgres/service/database-probe.postgres.ts";
import { createResendMailer } from "../adapters/resend/mailer.resend.ts";
import { systemClock } from "../adapters/system/system-clock.ts";
import { dispatchOutbox, type Mailer, readMailbox } from "../application/messaging/index.ts";
import { createJobRunner, type Job, runJobNow } from "../application/scheduling/index.ts";
import { checkHealth, type FixtureSource, getDevFixtures } from "../application/service/index.ts";
import type { Logger } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import { devRoutes } from "../http/routes/dev.routes.ts";
import { serviceRoutes } from "../http/routes/service.routes.ts";

/** docs/API.md: an email reaches the mailbox within 2 s, so the dispatcher runs every second. */
const OUTBOX_DISPATCH_EVERY_MS = 1_000;
const JOB_TICK_MS = 250;
/** A message lease outlasts a whole batch: 20 messages × Resend's 10 s timeout. */
const OUTBOX_SETTINGS = { batchSize: 20, maxBatches: 5, leaseMs: 5 * 60_000 };
const OUTBOX_MAX_RETRY_DELAY_MS = 60 * 60_000;
/** How long POST /dev/jobs and `npm run job` wait for a run of the same job in progress. */
const ON_DEMAND_WAIT_MS = 30_000;

/**
 * What every context relies on and none owns: the health check, email delivery (the outbox dispatcher), the job
 * runner over every module's jobs, and the development tools (mailbox, jobs on demand, fixtures).
 */
export function buildPlatform(
  db: Db,
  config: Config,
  logger: Logger,
  contexts: Readonly<{ jobs: readonly Job[]; fixtures: readonly FixtureSource[] }>,
) {
  const scheduling = {
    schedule: createPgJobSchedule(db),
    jobs: [outboxJob(db, config, logger), ...contexts.jobs],
    clock: systemClock,
    logger,
    owner: `${hostname()}:${crypto.randomUUID().slice(0, 8)}`,
  };
  const useCases = {
    checkHealth: checkHealth({ databaseProbe: createPgDatabaseProbe(db) }),
    readMailbox: readMailbox({ mailbox: createPgMailbox(db, systemClock) }),
    runJobNow: runJobNow({ ...scheduling, waitMs: ON_DEMAND_WAIT_MS, sleep }),
    getDevFixtures: getDevFixtures({ sources: contexts.fixtures }),
  };
  const routers = [serviceRoutes(useCases), ...(config.mode === "development" ? [devRoutes(useCases)] : [])];
  return { useCases, routers, runner: createJobRunner({ ...scheduling, tickMs: JOB_TICK_MS }) };
}

export type PlatformUseCases = ReturnType<typeof buildPlatform>["useCases"];

/** `outbox:dispatch`: sends what the outbox holds, retrying with backoff. */
function outboxJob(db: Db, config: Config, logger: Logger): Job {
  const dispatch = dispatchOutbox({
    outbox: createPgOutbox(db),
    mailer: mailer(db, config),
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
  return { name: "outbox:dispatch", everyMs: OUTBOX_DISPATCH_EVERY_MS, leaseMs: 60_000, run: dispatch };
}

/** MAIL_DRIVER: `resend` (production) or the local mailbox read by GET /dev/mailbox (development). */
function mailer(db: Db, config: Config): Mailer {
  if (config.mail.driver === "mailbox") return createPgMailbox(db, systemClock);
  const { resendApiKey, resendBaseUrl, from } = config.mail;
  if (!resendApiKey) throw new Error("RESEND_API_KEY manquant (MAIL_DRIVER=resend)");
  return createResendMailer({ apiKey: resendApiKey, from, baseUrl: resendBaseUrl });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
