import { UpstreamUnavailable } from "../../application/shared/ports.ts";

/** How one upstream call may be retried: one budget, bounded retries (docs/adr/0008 and 0010 describe the rule). */
export type RetryPolicy = Readonly<{
  /** The upstream's name in UpstreamUnavailable messages ("INSEE", "BAN"…). */
  upstream: string;
  /** Budget of the whole call: every attempt and every wait in between. */
  budgetMs: number;
  /** First wait; it doubles on each retry. A `Retry-After` in seconds replaces it. */
  retryBaseMs: number;
  /** Retries after the first attempt (2 by default). */
  maxRetries?: number;
  /** Statuses worth another try (RETRYABLE_STATUSES by default). */
  retryable?: ReadonlySet<number>;
}>;

/** Rate limits (429) and the 5xx of an overloaded or restarting server; any other status is the answer. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** A call that did not get an answer: the network failed, or the budget ran out (`spent`). */
type NoAnswer = Readonly<{ message: string; spent: boolean }>;

/**
 * `fetch` for idempotent requests (GET), retried on a retryable status or a network failure, with backoff, until
 * `maxRetries` or the budget runs out; a wait that would end past the budget is not started. Returns the last
 * response, whatever its status (the caller reads the upstream's own error body); throws UpstreamUnavailable
 * when the last attempt got no answer at all.
 */
export async function fetchWithRetry(url: string, init: Omit<RequestInit, "signal">, policy: RetryPolicy) {
  const deadline = Date.now() + policy.budgetMs;
  for (let attempt = 0; ; attempt++) {
    const answer = await attemptOnce(url, init, deadline);
    const delay = attempt < (policy.maxRetries ?? 2) ? retryDelay(answer, attempt, policy) : null;
    if (delay === null || Date.now() + delay >= deadline) return settle(answer, policy.upstream);
    if (answer instanceof Response) await answer.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function attemptOnce(url: string, init: RequestInit, deadline: number): Promise<Response | NoAnswer> {
  const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
  try {
    return await fetch(url, { ...init, signal });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    const message = `${(error as Error).message}${typeof cause === "string" ? `: ${cause}` : ""}`;
    return { message: signal.aborted ? "no answer within the time budget" : message, spent: signal.aborted };
  }
}

/** The wait before the next attempt, or null when another attempt cannot help. */
function retryDelay(answer: Response | NoAnswer, attempt: number, policy: RetryPolicy): number | null {
  if (!(answer instanceof Response)) return answer.spent ? null : policy.retryBaseMs * 2 ** attempt;
  if (!(policy.retryable ?? RETRYABLE_STATUSES).has(answer.status)) return null;
  const retryAfter = Number(answer.headers.get("retry-after"));
  return Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : policy.retryBaseMs * 2 ** attempt;
}

function settle(answer: Response | NoAnswer, upstream: string): Response {
  if (answer instanceof Response) return answer;
  throw new UpstreamUnavailable(upstream, `no answer (${answer.message})`);
}
