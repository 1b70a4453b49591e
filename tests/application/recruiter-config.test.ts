import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

describe("loadConfig: establishments and OPCO", () => {
  it("defaults to the offline adapters, a 5 s INSEE budget and a one-day cache", () => {
    expect(loadConfig({}).recruiter).toEqual({
      insee: {
        apiKey: undefined,
        baseUrl: undefined,
        timeoutMs: 5000,
        cacheTtlSeconds: 86_400,
        notFoundCacheTtlSeconds: 3600,
      },
      franceCompetences: { apiKey: undefined, baseUrl: undefined, timeoutMs: 3000 },
    });
  });

  it("reads the keys and bases", () => {
    const config = loadConfig({
      INSEE_API_KEY: "insee-key",
      INSEE_BASE_URL: "http://127.0.0.1:8080/sirene",
      INSEE_CACHE_TTL_SECONDS: "0",
      FRANCE_COMPETENCES_API_KEY: "fc-key",
    });
    expect(config.recruiter.insee).toMatchObject({
      apiKey: "insee-key",
      baseUrl: "http://127.0.0.1:8080/sirene",
      cacheTtlSeconds: 0,
    });
    expect(config.recruiter.franceCompetences.apiKey).toBe("fc-key");
  });

  it.each([
    [{ INSEE_BASE_URL: "api.insee.fr" }, "INSEE_BASE_URL"],
    [{ INSEE_TIMEOUT_MS: "10" }, "INSEE_TIMEOUT_MS"],
    [{ INSEE_CACHE_TTL_SECONDS: "-1" }, "INSEE_CACHE_TTL_SECONDS"],
    [{ FRANCE_COMPETENCES_BASE_URL: "nope" }, "FRANCE_COMPETENCES_BASE_URL"],
  ])("names the wrong variable: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
