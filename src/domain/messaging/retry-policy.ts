/** How the outbox retries a message whose delivery failed (configured by OUTBOX_RETRY_BASE_MS, OUTBOX_MAX_ATTEMPTS). */
export type RetryPolicy = Readonly<{ maxAttempts: number; baseDelayMs: number; maxDelayMs: number }>;

export type FailureOutcome =
  | { readonly kind: "retry"; readonly nextAttemptAt: Date }
  | { readonly kind: "dead"; readonly reason: "permanent" | "attempts_exhausted" };

/** Exponential backoff: base, 2×base, 4×base… capped at maxDelayMs. `attempt` counts from 1. */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/**
 * After the `attempts`-th failed attempt: try again later, or give up (the message becomes `dead`, kept and
 * logged, never silently dropped). A permanent refusal (the provider rejects the message itself) is not retried.
 */
export function afterFailedAttempt(
  attempts: number,
  failedAt: Date,
  policy: RetryPolicy,
  permanent: boolean,
): FailureOutcome {
  if (permanent) return { kind: "dead", reason: "permanent" };
  if (attempts >= policy.maxAttempts) return { kind: "dead", reason: "attempts_exhausted" };
  return { kind: "retry", nextAttemptAt: new Date(failedAt.getTime() + retryDelayMs(attempts, policy)) };
}
