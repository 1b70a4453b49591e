import { afterFailedAttempt, type RetryPolicy } from "../../domain/messaging/retry-policy.ts";
import { BEATS_PER_LEASE, type Heartbeat, noHeartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { type ClaimedEmail, type Mailer, MailRejected, type Outbox } from "./ports.ts";

export type DispatchSummary = Readonly<{ sent: number; retried: number; dead: number }>;

type DispatchSettings = Readonly<{
  retry: RetryPolicy;
  /** Messages leased per claim. */
  batchSize: number;
  /** Claims per run, so one run stays short even when the outbox is full. */
  maxBatches: number;
  /**
   * How long a claim holds its messages without news from the dispatcher: the heartbeat renews it every third of
   * it while the batch is being sent, so a killed process delays its messages by this much at most.
   */
  leaseMs: number;
}>;

type Deps = Readonly<{
  outbox: Outbox;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  settings: DispatchSettings;
  /** Absent: leases are not renewed (then `leaseMs` must outlast a whole batch). */
  heartbeat?: Heartbeat;
}>;

/** A body this instance cannot unseal is retried like an outage: another instance (or a later key) may read it. */
const UNREADABLE = "corps illisible ici : scellé avec une autre clé (SESSION_SECRET différent ?)";

/**
 * Delivers the messages due by `now`, outside any transaction: claim a leased batch, send each message with
 * its idempotency key, then settle it. A crash between sending and settling leaves the message leased; when
 * the lease ends it is sent again with the same key, and the provider (or the local mailbox) ignores the
 * duplicate. Leases and retry times follow the clock, so a run "as of" another instant cannot block them.
 */
export function dispatchOutbox(deps: Deps) {
  return async (now: Date): Promise<DispatchSummary> => {
    const summary = { sent: 0, retried: 0, dead: 0 };
    const { batchSize, maxBatches, leaseMs } = deps.settings;
    for (let batch = 0; batch < maxBatches; batch++) {
      const from = deps.clock.now();
      const lease = { from, until: new Date(from.getTime() + leaseMs) };
      const claimed = await deps.outbox.claimDue({ dueBy: now, limit: batchSize, lease });
      const unsettled = new Map(claimed.map((message) => [message.id, message]));
      const stop = (deps.heartbeat ?? noHeartbeat)(leaseMs / BEATS_PER_LEASE, () =>
        deps.outbox.renewLeases([...unsettled.values()], new Date(deps.clock.now().getTime() + leaseMs)),
      );
      try {
        for (const message of claimed) {
          summary[await deliver(deps, message)]++;
          unsettled.delete(message.id);
        }
      } finally {
        stop();
      }
      if (claimed.length < batchSize) break;
    }
    return summary;
  };
}

async function deliver(deps: Deps, message: ClaimedEmail): Promise<keyof DispatchSummary> {
  try {
    if (message.email === null) throw new Error(UNREADABLE);
    await deps.mailer.send(message.email, message.idempotencyKey);
  } catch (error) {
    return settleFailure(deps, message, error);
  }
  await deps.outbox.markSent(message.id, deps.clock.now());
  return "sent";
}

async function settleFailure(deps: Deps, message: ClaimedEmail, error: unknown): Promise<"retried" | "dead"> {
  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const permanent = error instanceof MailRejected;
  const outcome = afterFailedAttempt(message.attempts, deps.clock.now(), deps.settings.retry, permanent);
  const fields = { messageId: message.id, attempts: message.attempts, error: description };
  if (outcome.kind === "retry") {
    deps.logger.warn("outbox delivery failed, will retry", { ...fields, nextAttemptAt: outcome.nextAttemptAt });
    await deps.outbox.markFailed(message.id, { error: description, nextAttemptAt: outcome.nextAttemptAt });
    return "retried";
  }
  // Never dropped silently: the row stays in the outbox as `dead` (`npm run outbox -- dead`, then `replay <id>`)
  // and an operator is alerted by this error log.
  deps.logger.error("outbox message dead", { ...fields, reason: outcome.reason });
  await deps.outbox.markFailed(message.id, { error: description, nextAttemptAt: null });
  return "dead";
}
