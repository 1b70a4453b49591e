/**
 * Idempotency-Key (docs/adr/0018): a client retrying a write with the same key gets the first answer again, and
 * the write happens once, whichever instance answers (the keys are in the database).
 */

/** The first answer, as it is given again: status, the headers that matter, the body. */
export type StoredAnswer = Readonly<{
  status: number;
  headers: readonly (readonly [string, string])[];
  body: string;
}>;

/** `scope`: the caller and the route (never a credential in clear); `fingerprint`: the request's digest. */
export type IdempotentRequest = Readonly<{ scope: string; key: string; fingerprint: string }>;

type IdempotencyClaim =
  /** Nobody holds the key: the caller runs the request, then `complete`s or `release`s it. */
  | Readonly<{ kind: "new" }>
  /** The same request already has its answer. */
  | Readonly<{ kind: "replay"; answer: StoredAnswer }>
  /** The same request is being answered elsewhere right now. */
  | Readonly<{ kind: "in_progress" }>
  /** The key was used by this caller on this route for another request (another body). */
  | Readonly<{ kind: "mismatch" }>;

/** The keys every instance shares. */
export interface IdempotencyKeys {
  /**
   * Takes the key for this request in one atomic step, unless it is held: by an answer kept until its
   * `expiresAt`, or by a request in progress until its `heldUntil` (a holder that crashed frees it then).
   */
  claim(
    request: IdempotentRequest,
    times: Readonly<{ now: Date; heldUntil: Date; expiresAt: Date }>,
  ): Promise<IdempotencyClaim>;
  /** Keeps the answer of a request this caller claimed (sealed: it may hold an access token). */
  complete(request: IdempotentRequest, answer: StoredAnswer): Promise<void>;
  /** Frees a claimed key without an answer (the request failed in a way a retry may fix). */
  release(request: IdempotentRequest): Promise<void>;
  /** Forgets the keys whose answer expired by `now`; how many. */
  purgeExpired(now: Date): Promise<number>;
}
