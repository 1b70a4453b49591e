import { describe, expect, it } from "vitest";
import { createCvCipher, cvKeyFrom } from "../../src/adapters/system/cv-cipher.web-crypto.ts";

const aKey = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 17) % 256);
const FILE = new TextEncoder().encode("%PDF-1.7 le CV de Camille Martin");
const source = (overrides: { mode?: "development" | "production"; key?: Uint8Array | null; secret?: string } = {}) => ({
  mode: overrides.mode ?? "development",
  cv: { encryptionKey: overrides.key ?? null },
  identity: { sessionSecret: overrides.secret ?? "a development session secret, 32+ characters" },
});

describe("CV cipher (AES-256-GCM, Web Crypto)", () => {
  it("opens what it sealed, for the same cv id", async () => {
    const cipher = createCvCipher(aKey(1));
    expect(await cipher.open(await cipher.seal(FILE, "cv-1"), "cv-1")).toEqual(FILE);
  });

  it("answers null for another cv id, another key, a changed byte, an unknown version or a short input", async () => {
    const cipher = createCvCipher(aKey(1));
    const sealed = await cipher.seal(FILE, "cv-1");
    const changed = (at: number) => {
      const copy = new Uint8Array(sealed);
      copy[at] = (copy[at] ?? 0) ^ 1;
      return copy;
    };
    expect(await cipher.open(sealed, "cv-2")).toBeNull();
    expect(await createCvCipher(aKey(2)).open(sealed, "cv-1")).toBeNull();
    expect(await cipher.open(changed(sealed.length - 1), "cv-1")).toBeNull();
    expect(await cipher.open(changed(0), "cv-1")).toBeNull();
    expect(await cipher.open(sealed.subarray(0, 20), "cv-1")).toBeNull();
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => createCvCipher(new Uint8Array(31))).toThrow(/32 bytes/);
  });
});

describe("cvKeyFrom: which key seals the CVs", () => {
  it("is CV_ENCRYPTION_KEY when set, in any mode", async () => {
    expect(await cvKeyFrom(source({ key: aKey(3) }))).toEqual(aKey(3));
    expect(await cvKeyFrom(source({ mode: "production", key: aKey(3) }))).toEqual(aKey(3));
  });

  it("in development without it, is 32 bytes derived from the session secret, the same at every start", async () => {
    const first = await cvKeyFrom(source());
    expect(first).toHaveLength(32);
    expect(await cvKeyFrom(source())).toEqual(first);
    expect(await cvKeyFrom(source({ secret: "another development session secret, 32+ chars" }))).not.toEqual(first);
  });

  it("is never derived in production", async () => {
    await expect(cvKeyFrom(source({ mode: "production" }))).rejects.toThrow(/CV_ENCRYPTION_KEY/);
  });
});
