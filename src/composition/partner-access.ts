import { createMemoryRateLimiter } from "../adapters/memory/rate-limiter.memory.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgPartnerApiKeyRepository } from "../adapters/postgres/partner-api-keys.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import * as partnerAccess from "../application/partner-access/index.ts";
import type { Clock } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";

/**
 * The partner-access part of the composition root: API keys stored hashed in PostgreSQL, quotas counted per
 * process, the documented demo key accepted (and created at start-up) in development mode only.
 */
export function buildPartnerAccess(db: Db, config: Config, clock: Clock) {
  const keys = createPgPartnerApiKeyRepository(db);
  const development = config.mode === "development";
  return {
    useCases: {
      authenticatePartner: partnerAccess.authenticatePartner({
        keys,
        rateLimiter: createMemoryRateLimiter(),
        clock,
        settings: { acceptDemoKey: development },
      }),
      issuePartnerApiKey: partnerAccess.issuePartnerApiKey({
        keys,
        secrets: webCryptoSecrets,
        ids: uuidGenerator,
        clock,
      }),
    },
    /** For `npm run partner:key`: list and revoke keys (issuing is `useCases.issuePartnerApiKey`). */
    keyAdministration: {
      list: partnerAccess.listPartnerApiKeys({ keys }),
      revoke: partnerAccess.revokePartnerApiKey({ keys, clock }),
    },
    seedDemoKey: async () => {
      if (development) await partnerAccess.ensureDemoPartnerKey({ keys, clock })();
    },
    fixtures: partnerAccess.partnerAccessFixtures({ mode: config.mode }),
  };
}
