import type { RetryPolicy } from "../../domain/messaging/retry-policy.ts";
import type { Job } from "../scheduling/index.ts";
import type { Heartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { dispatchOutbox } from "./dispatch-outbox.ts";
import type { Mailer, Outbox, OutboxMaintenance } from "./ports.ts";

/** docs/API.md: an email reaches the mailbox within 2 s, so the dispatcher runs every second. */
const DISPATCH_EVERY_MS = 1_000;
/**
 * docs/adr/0017: what a killed process costs its emails. Both the job's lease and its messages' are renewed by the
 * heartbeat (every 5 s) while a batch is being sent, so they may be this short whatever Resend's timeouts.
 */
const OUTBOX_LEASE_MS = 15_000;
const BATCH = { batchSize: 20, maxBatches: 5 };
const MAX_RETRY_DELAY_MS = 60 * 60_000;
const PURGE_EVERY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

type Deps = Readonly<{
  outbox: Outbox & OutboxMaintenance;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  heartbeat: Heartbeat;
  retry: Pick<RetryPolicy, "maxAttempts" | "baseDelayMs">;
  /** OUTBOX_RETENTION_DAYS: how long a sent message (recipient, subject, dates; no body) is kept. */
  retentionDays: number;
}>;

/** `outbox:dispatch` sends what the outbox holds, retrying with backoff; `outbox:purge` forgets what was sent. */
export function outboxJobs(deps: Deps): Job[] {
  const dispatch = dispatchOutbox({
    ...deps,
    settings: { ...BATCH, leaseMs: OUTBOX_LEASE_MS, retry: { ...deps.retry, maxDelayMs: MAX_RETRY_DELAY_MS } },
  });
  const purge = async (now: Date) => {
    const purged = await deps.outbox.purgeSent(new Date(now.getTime() - deps.retentionDays * DAY_MS));
    return { purged };
  };
  return [
    { name: "outbox:dispatch", everyMs: DISPATCH_EVERY_MS, leaseMs: OUTBOX_LEASE_MS, run: dispatch },
    { name: "outbox:purge", everyMs: PURGE_EVERY_MS, leaseMs: OUTBOX_LEASE_MS, run: purge },
  ];
}
