import { describe, expect, it } from "vitest";
import { estimatedSecretBits } from "../../src/config/secret-strength.ts";
import { loadConfig } from "../../src/config.ts";

/** What production needs besides the variables under test: a real mail provider, an INSEE key and a CV key. */
const production = {
  APP_MODE: "production",
  MAIL_DRIVER: "resend",
  RESEND_API_KEY: "re_x",
  INSEE_API_KEY: "insee-key",
  CV_ENCRYPTION_KEY: "RAkQSm3CqReHjhyCnyiEQe6ITIgeWtFyLMsGDdup0EU=",
};
/** 32 random bytes in base64, as `openssl rand -base64 32` prints them. */
const STRONG_SECRET = "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=";

describe("production refuses a weak SESSION_SECRET (issue 9 §3)", () => {
  it.each([
    ["the published development value", "dev-only-insecure-session-secret-never-use-in-production"],
    ["one character repeated", "s".repeat(64)],
    ["a short pattern repeated", "abc123".repeat(8)],
    ["a word repeated", "motdepasse".repeat(4)],
    ["a keyboard walk", "azertyuiopqsdfghjklmwxcvbnazerty"],
  ])("%s", (_name, secret) => {
    expect(() => loadConfig({ ...production, SESSION_SECRET: secret })).toThrow(/SESSION_SECRET/);
  });

  it("accepts a random secret", () => {
    expect(loadConfig({ ...production, SESSION_SECRET: STRONG_SECRET }).identity.sessionSecret).toBe(STRONG_SECRET);
  });

  it("development keeps its public default", () => {
    expect(loadConfig({}).identity.sessionSecret).toMatch(/^dev-only-/);
  });

  it("estimates random secrets above 128 bits and patterns far below", () => {
    expect(estimatedSecretBits(STRONG_SECRET)).toBeGreaterThanOrEqual(128);
    expect(estimatedSecretBits("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")).toBeLessThan(128);
    expect(estimatedSecretBits("s".repeat(64))).toBe(0);
  });
});

describe("production refuses the offline INSEE directory (issue 9 §3)", () => {
  it("names INSEE_API_KEY when it is missing", () => {
    const { INSEE_API_KEY: _key, ...withoutInsee } = production;
    expect(() => loadConfig({ ...withoutInsee, SESSION_SECRET: STRONG_SECRET })).toThrow(/INSEE_API_KEY/);
  });

  it("development still runs on the demo establishments", () => {
    expect(loadConfig({}).recruiter.insee.apiKey).toBeUndefined();
  });
});

describe("HOST default (issue 9 §3)", () => {
  it("development listens on the loopback interface only", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
  });

  it("production listens on every interface, and HOST still wins", () => {
    expect(loadConfig({ ...production, SESSION_SECRET: STRONG_SECRET }).host).toBe("0.0.0.0");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });
});
