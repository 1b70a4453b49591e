import { afterFailedAttempt, type RetryPolicy } from "../../domain/messaging/retry-policy.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { type ClaimedEmail, type Mailer, MailRejected, type Outbox } from "./ports.ts";

export type DispatchSummary = Readonly<{ sent: number; retried: number; dead: number }>;

type DispatchSettings = Readonly<{
  retry: RetryPolicy;
  /** Messages leased per claim; the lease must outlast sending a whole batch. */
  batchSize: number;
  /** Claims per run, so one run stays short even when the outbox is full. */
  maxBatches: number;
  leaseMs: number;
}>;

type Deps = Readonly<{ outbox: Outbox; mailer: Mailer; clock: Clock; logger: Logger; settings: DispatchSettings }>;

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
      for (const message of claimed) summary[await deliver(deps, message)]++;
      if (claimed.length < batchSize) break;
    }
    return summary;
  };
}

async function deliver(deps: Deps, message: ClaimedEmail): Promise<keyof DispatchSummary> {
  try {
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
  // Never dropped silently: the row stays in the outbox as `dead` and an operator is alerted by this error log.
  deps.logger.error("outbox message dead", { ...fields, reason: outcome.reason });
  await deps.outbox.markFailed(message.id, { error: description, nextAttemptAt: null });
  return "dead";
}
