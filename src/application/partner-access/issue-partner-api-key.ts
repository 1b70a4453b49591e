import type { PartnerKeyRequestInvalid } from "../../domain/partner-access/errors.ts";
import {
  type ApiKeyQuota,
  DEFAULT_PARTNER_QUOTA,
  newPartnerApiKey,
  PARTNER_API_KEY_PREFIX,
  type PartnerApiKey,
} from "../../domain/partner-access/partner-api-key.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import { type SecretGenerator, toBase64Url } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator } from "../shared/ports.ts";
import { hashPartnerApiKey } from "./key-hash.ts";
import type { PartnerApiKeyRepository } from "./ports.ts";

type Deps = Readonly<{ keys: PartnerApiKeyRepository; secrets: SecretGenerator; ids: IdGenerator; clock: Clock }>;

export type PartnerApiKeyRequest = Readonly<{ partnerName: string; quota?: ApiKeyQuota }>;

/** `clearKey` is shown to the operator once and never stored; `key` is what was stored. */
export type IssuedPartnerApiKey = Readonly<{ clearKey: string; key: PartnerApiKey }>;

/** 32 bytes: 43 base64url characters after the prefix (PARTNER_API_KEY_PATTERN). */
const SECRET_BYTES = 32;

/** A new key for a partner platform (`npm run partner:key -- <name>`, docs/API.md "Partners"). */
export function issuePartnerApiKey(deps: Deps) {
  return async (request: PartnerApiKeyRequest): Promise<Result<IssuedPartnerApiKey, PartnerKeyRequestInvalid>> => {
    const clearKey = `${PARTNER_API_KEY_PREFIX}${toBase64Url(deps.secrets.randomBytes(SECRET_BYTES))}`;
    const key = newPartnerApiKey({
      id: deps.ids.next(),
      partnerName: request.partnerName,
      keyHash: await hashPartnerApiKey(clearKey),
      quota: request.quota ?? DEFAULT_PARTNER_QUOTA,
      now: deps.clock.now(),
    });
    if (!key.ok) return key;
    // A fresh id and 256 random bits: a conflict means a broken id or secret generator, a bug.
    if ((await deps.keys.save(key.value)) === "conflict") throw new Error("partner API key id or hash collision");
    return ok({ clearKey, key: key.value });
  };
}
