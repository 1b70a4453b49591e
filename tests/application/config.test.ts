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
  ])("names the wrong variable: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
