import { type ApiKeyInvalid, apiKeyInvalid, type QuotaExceeded } from "../../domain/partner-access/errors.ts";
import {
  checkPartnerApiKey,
  isWellFormedPartnerApiKey,
  type Partner,
} from "../../domain/partner-access/partner-api-key.ts";
import { err, type Result } from "../../domain/shared/result.ts";
import type { Clock } from "../shared/ports.ts";
import type { RateLimiter } from "../shared/rate-limiter.ts";
import { DEMO_PARTNER_API_KEY } from "./demo-partner-key.ts";
import { hashPartnerApiKey } from "./key-hash.ts";
import type { PartnerApiKeyRepository } from "./ports.ts";

type Deps = Readonly<{
  keys: PartnerApiKeyRepository;
  rateLimiter: RateLimiter;
  clock: Clock;
  /** True in development mode only: the public demo key must never open a production feed. */
  settings: Readonly<{ acceptDemoKey: boolean }>;
}>;

/** What the `X-Api-Key` header carried; null or empty when it was absent. */
export type PartnerCredentials = Readonly<{ apiKey: string | null | undefined }>;

/** One bucket per key (not per partner, not per address): each key has its own quota. */
const partnerQuotaBucket = (keyId: string) => `partner-access:key:${keyId}`;

/**
 * Resolves the partner behind every feed request (docs/API.md "Partners"): a well-formed, known, unrevoked key (the
 * demo key in development mode only), then one hit on its own quota, in the store every instance shares
 * (docs/adr/0016). The quota's window opens with its first request; a partner that backs off for `Retry-After`
 * seconds gets through.
 */
export function authenticatePartner(deps: Deps) {
  return async (credentials: PartnerCredentials): Promise<Result<Partner, ApiKeyInvalid | QuotaExceeded>> => {
    const apiKey = credentials.apiKey?.trim() ?? "";
    if (apiKey === "") return err(apiKeyInvalid("missing"));
    if (!isWellFormedPartnerApiKey(apiKey)) return err(apiKeyInvalid("malformed"));
    if (apiKey === DEMO_PARTNER_API_KEY && !deps.settings.acceptDemoKey) return err(apiKeyInvalid("unknown"));
    const keyHash = await hashPartnerApiKey(apiKey);
    const checked = checkPartnerApiKey(await deps.keys.findByHash(keyHash), keyHash);
    if (!checked.ok) return checked;
    const partner = checked.value;
    const decision = await deps.rateLimiter.hit(partnerQuotaBucket(partner.keyId), partner.quota);
    if (!decision.allowed) {
      return err({ code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds, quota: partner.quota });
    }
    return checked;
  };
}
