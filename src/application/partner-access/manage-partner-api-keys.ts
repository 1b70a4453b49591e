import type { PartnerApiKey } from "../../domain/partner-access/partner-api-key.ts";
import type { Clock } from "../shared/ports.ts";
import type { PartnerApiKeyRepository } from "./ports.ts";

/** A key as an operator sees it (CLI): never the hash, which is of no use to anyone. */
export type PartnerApiKeySummary = Omit<PartnerApiKey, "keyHash">;

/** Every key, revoked ones included, oldest first. */
export function listPartnerApiKeys(deps: Readonly<{ keys: PartnerApiKeyRepository }>) {
  return async (): Promise<PartnerApiKeySummary[]> =>
    (await deps.keys.list()).map(({ keyHash: _keyHash, ...summary }) => summary);
}

/** Stops a key at once (a leaked key, a partner leaving); revoking twice keeps the first date. */
export function revokePartnerApiKey(deps: Readonly<{ keys: PartnerApiKeyRepository; clock: Clock }>) {
  return async (keyId: string): Promise<"revoked" | "already_revoked" | "not_found"> => {
    if (await deps.keys.revoke(keyId, deps.clock.now())) return "revoked";
    const existing = (await deps.keys.list()).some((key) => key.id === keyId);
    return existing ? "already_revoked" : "not_found";
  };
}
