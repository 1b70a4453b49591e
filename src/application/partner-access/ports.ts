import type { PartnerApiKey } from "../../domain/partner-access/partner-api-key.ts";

/** Partner API keys, looked up by the SHA-256 hash of the clear key (the clear key is never stored). */
export interface PartnerApiKeyRepository {
  /** Inserts `key`; `"conflict"` when a key with its id or its hash already exists (nothing is written). */
  save(key: PartnerApiKey): Promise<"saved" | "conflict">;
  /** The key whose hash is exactly `keyHash`, revoked or not; null when none. */
  findByHash(keyHash: string): Promise<PartnerApiKey | null>;
  /** Sets `revokedAt` unless already set: false when no key has this id or it was already revoked. */
  revoke(id: string, now: Date): Promise<boolean>;
  /** Every key, revoked ones included, oldest first (then id in byte order). */
  list(): Promise<PartnerApiKey[]>;
}
