import { createPgPartnerApiKeyRepository } from "../adapters/postgres/partner-access/partner-api-keys.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import {
  type PartnerAccessUseCases,
  partnerAccessFixtures,
  partnerAccessUseCases,
} from "../application/partner-access/index.ts";
import { partnerAccessCatalogue } from "../http/partner-access-errors.ts";
import { defineModule } from "./context-module.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    partnerAccess: Pick<PartnerAccessUseCases, "authenticatePartner">;
  }
}

/**
 * Partner platforms' API keys, stored hashed; quotas counted in the service's one rate limiter, shared by every
 * instance (docs/adr/0016); the documented demo key accepted (and
 * created at start-up) in development mode only. Its routes are the feeds of the contexts that publish data.
 */
export const partnerAccessModule = defineModule({
  name: "partnerAccess",
  build(kit) {
    const development = kit.config.mode === "development";
    const useCases = partnerAccessUseCases({
      keys: createPgPartnerApiKeyRepository(kit.db),
      rateLimiter: kit.rateLimiter,
      secrets: webCryptoSecrets,
      ids: uuidGenerator,
      clock: kit.clock,
      settings: { acceptDemoKey: development },
    });
    return {
      useCases,
      published: { authenticatePartner: useCases.authenticatePartner },
      fixtures: partnerAccessFixtures({ mode: kit.config.mode }),
      startUp: async () => {
        if (development) await useCases.ensureDemoPartnerKey();
      },
    };
  },
  refusals: partnerAccessCatalogue,
});
