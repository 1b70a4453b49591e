import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

describe("loadConfig", () => {
  it("defaults to the embedded development mode on port 3000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: "development",
      port: 3000,
      databaseUrl: undefined,
      publicUrl: "http://localhost:3000",
    });
    expect(config.mail.driver).toBe("mailbox");
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ APP_MODE: "staging" }, "APP_MODE"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ MAIL_DRIVER: "resend", RESEND_API_KEY: "re_x" }, "MAIL_DRIVER"],
    [{ APP_MODE: "production" }, "MAIL_DRIVER"],
    [{ APP_MODE: "production", MAIL_DRIVER: "resend" }, "RESEND_API_KEY"],
    [{ APP_MODE: "production", MAIL_DRIVER: "resend", RESEND_API_KEY: "re_x" }, "SESSION_SECRET"],
    [{ SESSION_SECRET: "too-short" }, "SESSION_SECRET"],
    [{ ADMIN_EMAILS: "support@example.fr, pas-une-adresse" }, "ADMIN_EMAILS"],
    [{ WEB_ORIGIN: "app.example.fr" }, "WEB_ORIGIN"],
  ])("names the wrong variable: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it("gives identity defaults: 60-minute links, 12-hour tokens, a development administrator and secret", () => {
    const config = loadConfig({ PUBLIC_URL: "https://api.example.fr/v1/" });
    expect(config.webOrigin).toBe("https://api.example.fr");
    expect(config.identity).toMatchObject({
      accessTokenTtlMinutes: 720,
      loginLinkTtlMinutes: 60,
      adminEmails: ["support@labonnealternance.local"],
      loginLinkLimits: { perEmail: { limit: 5, windowMinutes: 15 }, perIp: { limit: 20, windowMinutes: 1 } },
    });
    expect(config.identity.sessionSecret).toMatch(/^dev-only-/);
    const production = loadConfig({
      APP_MODE: "production",
      MAIL_DRIVER: "resend",
      RESEND_API_KEY: "re_x",
      SESSION_SECRET: "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=",
      INSEE_API_KEY: "insee-key",
      CV_ENCRYPTION_KEY: "RAkQSm3CqReHjhyCnyiEQe6ITIgeWtFyLMsGDdup0EU=",
      ADMIN_EMAILS: "Chef@Example.fr,autre@example.fr",
      WEB_ORIGIN: "https://app.example.fr/",
    });
    expect(production.identity.adminEmails).toEqual(["chef@example.fr", "autre@example.fr"]);
    expect(production.webOrigin).toBe("https://app.example.fr");
    expect(
      loadConfig({
        APP_MODE: "production",
        MAIL_DRIVER: "resend",
        RESEND_API_KEY: "re_x",
        SESSION_SECRET: "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=",
        INSEE_API_KEY: "insee-key",
        CV_ENCRYPTION_KEY: "RAkQSm3CqReHjhyCnyiEQe6ITIgeWtFyLMsGDdup0EU=",
      }).identity.adminEmails,
    ).toEqual([]);
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
