import { err, ok, type Result } from "./result.ts";

/**
 * Optimistic concurrency (docs/adr/0018): offers and users carry the revision they were read at; a write based on
 * a revision that is no longer the stored one is refused instead of silently overwriting the change made meanwhile.
 * The client reloads and retries (409 CONFLICT).
 */
export type VersionConflict = Readonly<{ code: "CONFLICT"; entity: "offer" | "user"; id: string }>;

export const versionConflict = (entity: VersionConflict["entity"], id: string): VersionConflict => ({
  code: "CONFLICT",
  entity,
  id,
});

type Versioned = Readonly<{ id: string; version: number }>;

/** The value as stored after one more write: repositories add one to the revision they overwrite. */
export function nextRevision<T extends Versioned>(value: T): T {
  return { ...value, version: value.version + 1 };
}

/** `expected` is the revision the client last read (absent: it did not say, nothing to compare). */
export function checkExpectedVersion<T extends Versioned>(
  entity: VersionConflict["entity"],
  current: T,
  expected: number | undefined,
): Result<T, VersionConflict> {
  return expected === undefined || expected === current.version
    ? ok(current)
    : err(versionConflict(entity, current.id));
}
