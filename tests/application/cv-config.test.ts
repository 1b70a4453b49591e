import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

const KEY = "RAkQSm3CqReHjhyCnyiEQe6ITIgeWtFyLMsGDdup0EU=";
/** Everything else production needs, so only the CV variables are under test. */
const production = {
  APP_MODE: "production",
  MAIL_DRIVER: "resend",
  RESEND_API_KEY: "re_x",
  INSEE_API_KEY: "insee-key",
  SESSION_SECRET: "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=",
};

describe("loadConfig: candidates' CVs", () => {
  it("defaults to no key (development derives one), the offline scanner and 3 MiB", () => {
    expect(loadConfig({}).cv).toEqual({ encryptionKey: null, clamd: null, maxBytes: 3_145_728 });
  });

  it("reads the key as its 32 bytes, clamd's address and budget, and the size limit", () => {
    const config = loadConfig({
      CV_ENCRYPTION_KEY: KEY,
      CLAMD_HOST: "clamav.internal",
      CLAMD_PORT: "3311",
      CLAMD_TIMEOUT_MS: "2500",
      CV_MAX_BYTES: "1048576",
    });
    expect(config.cv).toEqual({
      encryptionKey: Uint8Array.from(atob(KEY), (c) => c.charCodeAt(0)),
      clamd: { host: "clamav.internal", port: 3311, timeoutMs: 2500 },
      maxBytes: 1_048_576,
    });
  });

  it("gives clamd port 3310 and 10 s by default", () => {
    expect(loadConfig({ CLAMD_HOST: "127.0.0.1" }).cv.clamd).toEqual({
      host: "127.0.0.1",
      port: 3310,
      timeoutMs: 10_000,
    });
  });

  it.each([
    [{ CV_ENCRYPTION_KEY: "pas de la base64 !" }, "CV_ENCRYPTION_KEY"],
    [{ CV_ENCRYPTION_KEY: btoa("sixteen bytes...") }, "CV_ENCRYPTION_KEY"],
    [{ CLAMD_PORT: "0" }, "CLAMD_PORT"],
    [{ CLAMD_TIMEOUT_MS: "abc" }, "CLAMD_TIMEOUT_MS"],
    [{ CV_MAX_BYTES: "12" }, "CV_MAX_BYTES"],
  ])("names the wrong variable: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it("production refuses to start without CV_ENCRYPTION_KEY, and starts with one", () => {
    expect(() => loadConfig(production)).toThrow(/CV_ENCRYPTION_KEY: obligatoire en production/);
    expect(loadConfig({ ...production, CV_ENCRYPTION_KEY: KEY }).cv.encryptionKey).toHaveLength(32);
  });
});
