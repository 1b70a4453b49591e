import { describe, expect, it } from "vitest";
import { DEMO_CATALOGUE_FIXTURES } from "../../src/adapters/carif-oref/demo-catalogue.ts";
import { createIdentityTestApp } from "../support/identity-app.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const contact = { firstName: "Camille", lastName: "Durand", phone: "0612345678", email: "camille@cfa.test" };

describe("GET /healthz", () => {
  it("answers 503 with db down when the database cannot answer", async () => {
    const database = await createTestDatabase();
    const app = createTestApp(database);
    expect((await app.request("/healthz")).status).toBe(200);
    await database.close();
    const response = await app.request("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
  });
});

describe("GET /openapi.json servers", () => {
  it("lists this server's own origin first, so /docs works from any host name, then the public URL", async () => {
    const database = await createTestDatabase();
    try {
      const app = createTestApp(database, { PUBLIC_URL: "https://api.lba.test" });
      const { servers } = await (await app.request("/openapi.json")).json();
      expect(servers.map((server: { url: string }) => server.url)).toEqual(["/", "https://api.lba.test"]);
    } finally {
      await database.close();
    }
  });
});

describe("SEED_DEMO_DATA", () => {
  /** The demo catalogue's establishment without Qualiopi tries to sign up as a CFA. */
  const signUpDemoCfa = async (env: Record<string, string>) => {
    const database = await createTestDatabase();
    try {
      const { app } = await createIdentityTestApp(database, env);
      const response = await app.request("/api/v1/cfas", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ siret: DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue, ...contact }),
      });
      return { status: response.status, code: (await response.json()).code as string | undefined };
    } finally {
      await database.close();
    }
  };

  it("true imports the offline demo catalogue in development: its establishments are known", async () => {
    expect(await signUpDemoCfa({ SEED_DEMO_DATA: "true" })).toEqual({ status: 422, code: "CFA_NOT_QUALIOPI" });
  }, 120_000);

  it("false leaves it out: the same establishment is then absent from the catalogue", async () => {
    expect(await signUpDemoCfa({ SEED_DEMO_DATA: "false" })).toEqual({ status: 422, code: "CFA_NOT_IN_CATALOGUE" });
  });
});
