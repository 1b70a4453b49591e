import { err, ok, type Result } from "../shared/result.ts";

/** docs/PRODUCT.md §8: the same candidate email may ask about the same training once in 4 days. */
const DUPLICATE_WINDOW_MS = 4 * 86_400_000;

export type DuplicateRequest = Readonly<{ code: "DUPLICATE_REQUEST"; retryAfterSeconds: number }>;

/** The instant from which an earlier request of the same email and training no longer blocks a new one. */
export function duplicateWindowStart(now: Date, windowMs = DUPLICATE_WINDOW_MS): Date {
  return new Date(now.getTime() - windowMs);
}

/**
 * May a new request be made now, given the previous one of the same email and training (null: none)? Refused
 * with the seconds left (rounded up, at least 1) for `Retry-After`.
 */
export function checkDuplicate(
  previousAt: Date | null,
  now: Date,
  windowMs = DUPLICATE_WINDOW_MS,
): Result<null, DuplicateRequest> {
  if (previousAt === null) return ok(null);
  const leftMs = previousAt.getTime() + windowMs - now.getTime();
  if (leftMs <= 0) return ok(null);
  return err({ code: "DUPLICATE_REQUEST", retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)) });
}
