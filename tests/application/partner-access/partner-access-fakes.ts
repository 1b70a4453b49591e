import { createMemoryPartnerApiKeyRepository } from "../../../src/adapters/memory/partner-api-keys.memory.ts";
import { createMemoryRateLimiter } from "../../../src/adapters/memory/rate-limiter.memory.ts";
import * as partnerAccess from "../../../src/application/partner-access/index.ts";
import type { SecretGenerator } from "../../../src/application/shared/link-tokens.ts";
import { aTestClock } from "../../support/test-clock.ts";

/** Different, predictable bytes for each key. */
function countingSecrets(): SecretGenerator {
  let n = 0;
  return { randomBytes: (length) => Uint8Array.from({ length }, (_, i) => (n * 31 + i) % 256, n++) };
}

/** key-1, key-2… */
function sequentialIds() {
  let n = 0;
  return { next: () => `key-${++n}` };
}

/** The partner access use cases on in-memory fakes with a fixed clock, wired by the context's own function. */
export function partnerAccessOnFakes(settings: { acceptDemoKey: boolean } = { acceptDemoKey: true }) {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const keys = createMemoryPartnerApiKeyRepository();
  const useCases = partnerAccess.partnerAccessUseCases({
    keys,
    rateLimiter: createMemoryRateLimiter(),
    secrets: countingSecrets(),
    ids: sequentialIds(),
    clock,
    settings,
  });
  const { issuePartnerApiKey } = useCases;
  return {
    clock,
    keys,
    ...useCases,
    /** Issues a key and returns its clear text (the test fails loudly on a refusal). */
    async aKey(partnerName = "1jeune1solution", quota?: partnerAccess.ApiKeyQuota) {
      const issued = await issuePartnerApiKey({ partnerName, quota });
      if (!issued.ok) throw new Error(`refused: ${issued.error.field}`);
      return issued.value;
    },
  };
}
