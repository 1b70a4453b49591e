import type { DeadEmail, OutboxMaintenance } from "./ports.ts";

const LIST_LIMIT = 500;

/** `npm run outbox -- dead`: the messages delivery gave up on, oldest first (each was logged as an error). */
export function listDeadEmails(deps: { outbox: OutboxMaintenance }) {
  return (): Promise<DeadEmail[]> => deps.outbox.listDead(LIST_LIMIT);
}

/**
 * `npm run outbox -- replay <id>`: sends a dead message again, once the cause is fixed (address corrected at the
 * provider, key renewed…): it is due at once, with fresh attempts and its idempotency key.
 */
export function replayDeadEmail(deps: { outbox: OutboxMaintenance }) {
  return (input: { id: string }): Promise<"replayed" | "not_dead"> => deps.outbox.replayDead(input.id);
}
