import { describe, expect, it } from "vitest";
import { createJoseAccessTokens } from "../../src/adapters/jose/access-tokens.jose.ts";
import { createJoseCvLinks } from "../../src/adapters/jose/cv-links.jose.ts";

const SECRET = "a test secret for CV download links, long enough";
const NOW = new Date("2026-11-02T08:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("CV download links (JWS)", () => {
  const links = createJoseCvLinks({ secret: SECRET });

  it("names the application until the link expires, not after", async () => {
    const token = await links.issue("application-1", later(15));
    expect(await links.verify(token, later(14))).toBe("application-1");
    expect(await links.verify(token, later(16))).toBeNull();
  });

  it("refuses a link signed with another secret, an altered one and garbage", async () => {
    const token = await createJoseCvLinks({ secret: `${SECRET}, but another` }).issue("application-1", later(15));
    expect(await links.verify(token, NOW)).toBeNull();
    const genuine = await links.issue("application-1", later(15));
    const [header, , signature] = genuine.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "application-2", exp: 9_999_999_999 })).toString(
      "base64url",
    );
    expect(await links.verify(`${header}.${forgedPayload}.${signature}`, NOW)).toBeNull();
    expect(await links.verify("pas-un-jeton", NOW)).toBeNull();
  });

  it("is not an access token, and an access token is not a CV link", async () => {
    const accessToken = await createJoseAccessTokens({ secret: SECRET }).issue(
      { userId: "user-1", sessionId: "session-1" },
      { issuedAt: NOW, expiresAt: later(60) },
    );
    expect(await links.verify(accessToken, NOW)).toBeNull();
    const cvLink = await links.issue("application-1", later(15));
    expect(await createJoseAccessTokens({ secret: SECRET }).verify(cvLink, NOW)).toBeNull();
  });
});
