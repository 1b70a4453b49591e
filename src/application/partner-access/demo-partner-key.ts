import type { ApiKeyQuota, PartnerApiKey } from "../../domain/partner-access/partner-api-key.ts";
import type { Clock } from "../shared/ports.ts";
import { hashPartnerApiKey } from "./key-hash.ts";
import type { PartnerApiKeyRepository } from "./ports.ts";

/**
 * Development mode only (docs/API.md "Development mode only": GET /dev/fixtures gives `partnerApiKey`): a fixed,
 * public key so the feeds can be tried and tested without the CLI. It has the shape of a real key (prefix and 43
 * characters) but says what it is; authenticatePartner refuses it unless told it is in development mode.
 */
export const DEMO_PARTNER_API_KEY = "lba_demo_cle-publique-de-developpement-local-01";

const DEMO_PARTNER_KEY_ID = "demo-partner-key";
const DEMO_PARTNER_NAME = "Démo (développement local)";

/** Small enough to reach a 429 by hand, large enough for a test suite paging through the feeds. */
const DEMO_PARTNER_QUOTA: ApiKeyQuota = { limit: 120, windowMs: 60_000 };

type Deps = Readonly<{ keys: PartnerApiKeyRepository; clock: Clock }>;

/**
 * At start-up in development: the demo key exists. Idempotent, also when several instances start together (the
 * unique hash makes the loser's insert a conflict). A demo key revoked by hand stays revoked.
 */
export function ensureDemoPartnerKey(deps: Deps) {
  return async (): Promise<{ created: boolean }> => {
    const keyHash = await hashPartnerApiKey(DEMO_PARTNER_API_KEY);
    if (await deps.keys.findByHash(keyHash)) return { created: false };
    const key: PartnerApiKey = {
      id: DEMO_PARTNER_KEY_ID,
      partnerName: DEMO_PARTNER_NAME,
      keyHash,
      quota: DEMO_PARTNER_QUOTA,
      createdAt: deps.clock.now(),
      revokedAt: null,
    };
    return { created: (await deps.keys.save(key)) === "saved" };
  };
}

/** GET /dev/fixtures: the demo key in development, null in production (where it is refused anyway). */
export function partnerAccessFixtures(settings: Readonly<{ mode: "development" | "production" }>) {
  return async (): Promise<Readonly<Record<string, string | null>>> => ({
    partnerApiKey: settings.mode === "development" ? DEMO_PARTNER_API_KEY : null,
  });
}
