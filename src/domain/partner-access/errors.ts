import type { RateLimited, RateRule } from "../shared/rate-limit.ts";

/** Refusals of the partner access context; src/http/partner-access-errors.ts gives each its status and French detail. */

/**
 * No usable `X-Api-Key` (docs/API.md "Partners": 401 without a valid key). One code and one wording for a malformed,
 * unknown or revoked key, so a caller cannot probe which keys exist; only a missing header is worded apart.
 */
export type ApiKeyInvalid = Readonly<{
  code: "API_KEY_INVALID";
  reason: "missing" | "malformed" | "unknown" | "revoked";
}>;

/** Past the key's own quota (docs/API.md "Partners": 429); the shared RATE_LIMITED code, with the quota to explain it. */
export type QuotaExceeded = RateLimited & Readonly<{ quota: RateRule }>;

/** A feed cursor that this server did not write, or that was altered (docs/API.md "Conventions": 400 bad input). */
export type CursorInvalid = Readonly<{ code: "CURSOR_INVALID" }>;

/** Issuing a key (CLI `npm run partner:key`): an empty or too long partner name, or a quota out of bounds. */
export type PartnerKeyRequestInvalid = Readonly<{
  code: "PARTNER_KEY_REQUEST_INVALID";
  field: "partnerName" | "quota";
}>;

export const apiKeyInvalid = (reason: ApiKeyInvalid["reason"]): ApiKeyInvalid => ({ code: "API_KEY_INVALID", reason });
