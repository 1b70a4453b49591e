import type { RateRule } from "../shared/rate-limit.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { constantTimeEqual } from "./constant-time.ts";
import { type ApiKeyInvalid, apiKeyInvalid, type PartnerKeyRequestInvalid } from "./errors.ts";

/**
 * API keys of partner platforms (1jeune1solution, Parcoursup, ONISEP…) reading our feeds with `X-Api-Key`
 * (docs/API.md "Partners"). The clear key is shown once at creation; only its SHA-256 hash is stored, so a copy of the
 * database grants no access. The public prefix makes a leaked key recognisable in logs and secret scanners.
 */
export const PARTNER_API_KEY_PREFIX = "lba_";

/** The prefix then 43 base64url characters (32 random bytes): 256 bits, so no key can be guessed. */
export const PARTNER_API_KEY_PATTERN = /^lba_[A-Za-z0-9_-]{43}$/;

/** Requests a key may make within any sliding window (the shared rate limiter's rule), set per key. */
export type ApiKeyQuota = RateRule;

/** 600 requests a minute: a partner syncing a feed page by page is never slowed; a runaway loop is. */
export const DEFAULT_PARTNER_QUOTA: ApiKeyQuota = { limit: 600, windowMs: 60_000 };

const PARTNER_NAME_MAX_LENGTH = 100;

export type PartnerApiKey = Readonly<{
  id: string;
  partnerName: string;
  /** SHA-256 of the clear key, lower-case hex. */
  keyHash: string;
  quota: ApiKeyQuota;
  createdAt: Date;
  revokedAt: Date | null;
}>;

/** Who is calling, once its key is checked: what feed routes log and may filter on. */
export type Partner = Readonly<{ keyId: string; partnerName: string; quota: ApiKeyQuota }>;

/** Whether `candidate` has the shape of a key; anything else is refused without a database look-up. */
export const isWellFormedPartnerApiKey = (candidate: string): boolean => PARTNER_API_KEY_PATTERN.test(candidate);

type NewKey = Readonly<{ id: string; partnerName: string; keyHash: string; quota: ApiKeyQuota; now: Date }>;

export function newPartnerApiKey(input: NewKey): Result<PartnerApiKey, PartnerKeyRequestInvalid> {
  const partnerName = input.partnerName.trim();
  if (partnerName.length === 0 || partnerName.length > PARTNER_NAME_MAX_LENGTH) {
    return err({ code: "PARTNER_KEY_REQUEST_INVALID", field: "partnerName" });
  }
  if (!isSensibleQuota(input.quota)) return err({ code: "PARTNER_KEY_REQUEST_INVALID", field: "quota" });
  const { id, keyHash, quota, now } = input;
  return ok({ id, partnerName, keyHash, quota, createdAt: now, revokedAt: null });
}

/** At least one request, in a window of one second to one day. */
function isSensibleQuota(quota: ApiKeyQuota): boolean {
  const { limit, windowMs } = quota;
  return (
    Number.isSafeInteger(limit) &&
    limit >= 1 &&
    Number.isInteger(windowMs) &&
    windowMs >= 1_000 &&
    windowMs <= 86_400_000
  );
}

/**
 * May the key whose hash is `presentedHash` call us? `stored` is the row found by that hash (null: none). The
 * hashes are compared again in constant time, so a lenient look-up (collation, index) can never admit another key.
 */
export function checkPartnerApiKey(
  stored: PartnerApiKey | null,
  presentedHash: string,
): Result<Partner, ApiKeyInvalid> {
  if (stored === null || !constantTimeEqual(stored.keyHash, presentedHash)) return err(apiKeyInvalid("unknown"));
  if (stored.revokedAt !== null) return err(apiKeyInvalid("revoked"));
  return ok({ keyId: stored.id, partnerName: stored.partnerName, quota: stored.quota });
}

export function revokePartnerApiKey(key: PartnerApiKey, now: Date): PartnerApiKey {
  return key.revokedAt ? key : { ...key, revokedAt: now };
}
