import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createJoseAccessTokens } from "../../src/adapters/jose/access-tokens.jose.ts";

const secret = "a-test-secret-of-at-least-32-characters";
const tokens = createJoseAccessTokens({ secret });
const issuedAt = new Date("2026-11-02T08:00:00Z");
const expiresAt = new Date("2026-11-02T20:00:00Z");
const claims = { sessionId: "s1", userId: "u1" };

describe("AccessTokens — jose (HS256 JWT)", () => {
  it("gives back the claims of a token it issued, until it expires", async () => {
    const token = await tokens.issue(claims, { issuedAt, expiresAt });
    expect(token.split(".")).toHaveLength(3);
    expect(await tokens.verify(token, new Date("2026-11-02T19:59:59Z"))).toEqual(claims);
    expect(await tokens.verify(token, expiresAt)).toBeNull();
  });

  it("refuses a token signed with another secret, a tampered one and garbage", async () => {
    const other = createJoseAccessTokens({ secret: "another-secret-of-at-least-32-characters" });
    const foreign = await other.issue(claims, { issuedAt, expiresAt });
    const token = await tokens.issue(claims, { issuedAt, expiresAt });
    const [header, , signature] = token.split(".");
    const payload = Buffer.from(JSON.stringify({ sid: "s2", sub: "u2", exp: 4102444800 })).toString("base64url");
    for (const bad of [foreign, `${header}.${payload}.${signature}`, "garbage", ""]) {
      expect(await tokens.verify(bad, issuedAt)).toBeNull();
    }
  });

  it("refuses an unsigned token (alg none) and one without a session id", async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${part({ alg: "none" })}.${part({ sub: "u1", sid: "s1", exp: 4102444800 })}.`;
    expect(await tokens.verify(unsigned, issuedAt)).toBeNull();
    const noSession = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setIssuer("la-bonne-alternance")
      .setAudience("la-bonne-alternance/api")
      .setExpirationTime(4102444800)
      .sign(new TextEncoder().encode(secret));
    expect(await tokens.verify(noSession, issuedAt)).toBeNull();
  });
});
