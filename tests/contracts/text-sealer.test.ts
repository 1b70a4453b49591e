import { describe, expect, it } from "vitest";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";

/** docs/adr/0017: what the outbox and the Idempotency-Key answers are sealed with. */
describe("createTextSealer (AES-256-GCM, key from the service secret)", () => {
  const sealer = createTextSealer("q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=");
  const secretText = "Connectez-vous : https://lba.test/connexion/tok-secret";

  it("gives the text back under its context only, and never shows it", async () => {
    const sealed = await sealer.seal(secretText, "login-link/u1/1");
    expect(sealed).not.toContain("tok-secret");
    expect(await sealer.unseal(sealed, "login-link/u1/1")).toBe(secretText);
    expect(await sealer.unseal(sealed, "login-link/u2/1")).toBeNull();
  });

  it("seals the same text differently each time (a fresh nonce)", async () => {
    expect(await sealer.seal(secretText, "k")).not.toBe(await sealer.seal(secretText, "k"));
  });

  it("refuses a text sealed under another secret, altered, or not sealed at all", async () => {
    const other = await createTextSealer("another secret entirely, another key").seal(secretText, "k");
    expect(await sealer.unseal(other, "k")).toBeNull();
    const sealed = await sealer.seal(secretText, "k");
    // The second-to-last character replaced by another one (the test once replaced an "A" by an "A").
    const replaced = sealed.at(-2) === "A" ? "B" : "A";
    const altered = `${sealed.slice(0, -2)}${replaced}${sealed.slice(-1)}`;
    expect(await sealer.unseal(altered, "k")).toBeNull();
    expect(await sealer.unseal("v1.garbage", "k")).toBeNull();
    expect(await sealer.unseal(secretText, "k")).toBeNull();
  });
});
