import { hostname } from "node:os";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgMailbox } from "../adapters/postgres/messaging/mailbox.postgres.ts";
import { createPgOutbox } from "../adapters/postgres/messaging/outbox.postgres.ts";
import { createPgJobSchedule } from "../adapters/postgres/scheduling/job-schedule.postgres.ts";
import { createPgDatabaseProbe } from "../adapters/postgres/service/database-probe.postgres.ts";
import { createPgIdempotencyKeys } from "../adapters/postgres/service/idempotency-keys.postgres.ts";
import { createResendMailer } from "../adapters/resend/mailer.resend.ts";
import { createCronerJobCalendar } from "../adapters/system/job-calendar.croner.ts";
import { systemClock } from "../adapters/system/system-clock.ts";
import {
  listDeadEmails,
  type Mailer,
  outboxJobs,
  readMailbox,
  readMailboxAttachment,
  replayDeadEmail,
} from "../application/messaging/index.ts";
import { createJobRunner, type Job, runJobNow } from "../application/scheduling/index.ts";
import {
  checkHealth,
  type FixtureSource,
  getDevFixtures,
  idempotencyJobs,
  idempotentRequests,
} from "../application/service/index.ts";
import { timerHeartbeat } from "../application/shared/heartbeat.ts";
import type { Logger } from "../application/shared/ports.ts";
import type { TextSealer } from "../application/shared/sealing.ts";
import type { Config } from "../config.ts";
import { idempotencyLayer } from "../http/middleware/idempotency.ts";
import { devPageRoutes } from "../http/pages/dev/index.tsx";
import { devRoutes } from "../http/routes/dev.routes.ts";
import { serviceRoutes } from "../http/routes/service.routes.ts";

const JOB_TICK_MS = 250;
/** The wall clock calendar jobs' cron expressions are read on (src/application/scheduling/job.ts). */
const JOB_TIME_ZONE = "Europe/Paris";
/** How long POST /dev/jobs and `npm run job` wait for a run of the same job in progress. */
const ON_DEMAND_WAIT_MS = 30_000;
/** A request in progress holds its Idempotency-Key this long; one whose process died frees it then. */
const IDEMPOTENCY_HOLD_MS = 60_000;

/**
 * What every context relies on and none owns: the health check, email delivery (the outbox dispatcher), the job
 * runner over every module's jobs, and the development tools (mailbox, jobs on demand, fixtures).
 */
export function buildPlatform(
  db: Db,
  config: Config,
  logger: Logger,
  sealer: TextSealer,
  contexts: Readonly<{ jobs: readonly Job[]; fixtures: readonly FixtureSource[] }>,
) {
  const outbox = createPgOutbox(db, sealer);
  const keys = createPgIdempotencyKeys(db, sealer);
  const scheduling = {
    schedule: createPgJobSchedule(db),
    jobs: [
      ...messagingJobs(outbox, mailer(db, config), config, logger),
      ...idempotencyJobs({ keys }),
      ...contexts.jobs,
    ],
    clock: systemClock,
    logger,
    owner: `${hostname()}:${crypto.randomUUID().slice(0, 8)}`,
    heartbeat: timerHeartbeat,
  };
  const useCases = {
    listDeadEmails: listDeadEmails({ outbox }),
    replayDeadEmail: replayDeadEmail({ outbox }),
    checkHealth: checkHealth({ databaseProbe: createPgDatabaseProbe(db) }),
    readMailbox: readMailbox({ mailbox: createPgMailbox(db, systemClock) }),
    readMailboxAttachment: readMailboxAttachment({ mailbox: createPgMailbox(db, systemClock) }),
    runJobNow: runJobNow({ ...scheduling, waitMs: ON_DEMAND_WAIT_MS, sleep }),
    getDevFixtures: getDevFixtures({ sources: contexts.fixtures }),
  };
  const idempotency = idempotentRequests({
    keys,
    clock: systemClock,
    settings: { ttlMs: config.idempotencyKeyTtlHours * 3_600_000, holdMs: IDEMPOTENCY_HOLD_MS },
  });
  const routers = [
    // First: its middleware then applies to every route mounted after it (src/http/middleware/idempotency.ts).
    idempotencyLayer(idempotency, { trustedProxyHops: config.limits.trustProxy }),
    serviceRoutes(useCases),
    ...(config.mode === "development" ? [devRoutes(useCases), devPageRoutes(useCases)] : []),
  ];
  return {
    useCases,
    routers,
    runner: createJobRunner({ ...scheduling, tickMs: JOB_TICK_MS, calendar: createCronerJobCalendar(JOB_TIME_ZONE) }),
  };
}

export type PlatformUseCases = ReturnType<typeof buildPlatform>["useCases"];

/** `outbox:dispatch` and `outbox:purge` (docs/adr/0017). */
function messagingJobs(outbox: ReturnType<typeof createPgOutbox>, mail: Mailer, config: Config, logger: Logger) {
  return outboxJobs({
    outbox,
    mailer: mail,
    clock: systemClock,
    logger,
    heartbeat: timerHeartbeat,
    retry: { maxAttempts: config.outbox.maxAttempts, baseDelayMs: config.outbox.retryBaseMs },
    retentionDays: config.outbox.retentionDays,
  });
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
