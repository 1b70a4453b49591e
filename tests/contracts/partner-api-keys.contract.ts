import { beforeEach, describe, expect, it } from "vitest";
import type { PartnerApiKey, PartnerApiKeyRepository } from "../../src/application/partner-access/index.ts";

/** An empty repository. */
export type PartnerApiKeyFactory = () => Promise<PartnerApiKeyRepository>;

const T0 = new Date("2026-11-02T08:00:00.123Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1_000);
const hashOf = (n: number) => n.toString(16).padStart(64, "0");
/** A distinct, well-formed hash per (ASCII) id: its bytes in hex. */
const hashOfId = (id: string) =>
  Array.from(id, (c) => c.charCodeAt(0).toString(16))
    .join("")
    .padStart(64, "0");

function aKey(id: string, overrides: Partial<PartnerApiKey> = {}): PartnerApiKey {
  return {
    id,
    partnerName: `Partenaire ${id}`,
    keyHash: hashOfId(id),
    quota: { limit: 600, windowMs: 60_000 },
    createdAt: T0,
    revokedAt: null,
    ...overrides,
  };
}

export function partnerApiKeysContract(name: string, factory: PartnerApiKeyFactory) {
  describe(`Partner API keys contract — ${name}`, () => {
    let keys: PartnerApiKeyRepository;
    beforeEach(async () => {
      keys = await factory();
    });

    it("finds a saved key by its exact hash, with its quota and dates to the millisecond", async () => {
      const key = aKey("k1", { partnerName: "Parcoursup", quota: { limit: 10_000, windowMs: 86_400_000 } });
      expect(await keys.save(key)).toBe("saved");
      expect(await keys.findByHash(key.keyHash)).toEqual(key);
      expect(await keys.findByHash(hashOf(1))).toBeNull();
      // Hashes are lower-case hex: an upper-case spelling is another (unknown) hash.
      expect(await keys.findByHash(key.keyHash.toUpperCase())).toBeNull();
    });

    it("keeps a revocation date given at save", async () => {
      const key = aKey("k1", { revokedAt: at(5) });
      await keys.save(key);
      expect(await keys.findByHash(key.keyHash)).toEqual(key);
    });

    it("refuses a second key with the same hash or the same id, keeping the first", async () => {
      const first = aKey("k1");
      await keys.save(first);
      expect(await keys.save(aKey("k2", { keyHash: first.keyHash, partnerName: "Autre" }))).toBe("conflict");
      expect(await keys.save(aKey("k1", { keyHash: hashOf(7) }))).toBe("conflict");
      expect(await keys.findByHash(first.keyHash)).toEqual(first);
      expect(await keys.findByHash(hashOf(7))).toBeNull();
      expect(await keys.list()).toEqual([first]);
    });

    it("revokes once, keeping the first date, and still finds the revoked key", async () => {
      const key = aKey("k1");
      await keys.save(key);
      expect(await keys.revoke("k1", at(10))).toBe(true);
      expect(await keys.revoke("k1", at(20))).toBe(false);
      expect(await keys.revoke("k404", at(20))).toBe(false);
      expect(await keys.findByHash(key.keyHash)).toEqual({ ...key, revokedAt: at(10) });
    });

    it("revokes only the key named", async () => {
      await keys.save(aKey("k1"));
      await keys.save(aKey("k22"));
      await keys.revoke("k1", at(1));
      expect((await keys.findByHash(aKey("k22").keyHash))?.revokedAt).toBeNull();
    });

    it("lists every key oldest first, then by id in byte order", async () => {
      await keys.save(aKey("b", { createdAt: at(2) }));
      await keys.save(aKey("a", { createdAt: at(2) }));
      await keys.save(aKey("B", { createdAt: at(2) }));
      await keys.save(aKey("zz", { createdAt: at(1), revokedAt: at(3) }));
      expect((await keys.list()).map((key) => key.id)).toEqual(["zz", "B", "a", "b"]);
    });

    it("lists nothing when empty", async () => {
      expect(await keys.list()).toEqual([]);
    });
  });
}
