import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator } from "../shared/ports.ts";
import type { RateLimiter } from "../shared/rate-limiter.ts";
import { authenticatePartner } from "./authenticate-partner.ts";
import { ensureDemoPartnerKey } from "./demo-partner-key.ts";
import { issuePartnerApiKey } from "./issue-partner-api-key.ts";
import { listPartnerApiKeys, revokePartnerApiKey } from "./manage-partner-api-keys.ts";
import type { PartnerApiKeyRepository } from "./ports.ts";

/** Every port the partner-access use cases need: the production adapters or the in-memory fakes, same wiring. */
export type PartnerAccessDeps = Readonly<{
  keys: PartnerApiKeyRepository;
  rateLimiter: RateLimiter;
  secrets: SecretGenerator;
  ids: IdGenerator;
  clock: Clock;
  settings: Readonly<{ acceptDemoKey: boolean }>;
}>;

/** Partner platforms' API keys: checked on every feed request, issued, listed and revoked by support. */
export function partnerAccessUseCases(deps: PartnerAccessDeps) {
  return {
    authenticatePartner: authenticatePartner(deps),
    issuePartnerApiKey: issuePartnerApiKey(deps),
    listPartnerApiKeys: listPartnerApiKeys(deps),
    revokePartnerApiKey: revokePartnerApiKey(deps),
    ensureDemoPartnerKey: ensureDemoPartnerKey(deps),
  };
}

export type PartnerAccessUseCases = ReturnType<typeof partnerAccessUseCases>;
