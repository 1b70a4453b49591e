import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  newestEmail,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runCatalogueImport, TEST_TRAINING_PROVIDERS, testCatalogueSource } from "../support/training-builders.ts";

/**
 * issue 9 §4: an email-link token is checked against its page's purpose before it is spent. A CFA's contact link
 * posted to the extend page (or an extend link to the contact page) is refused 401 and stays usable where it belongs.
 */
let database: DatabaseHandle;
let world: IdentityTestApp;
let contactToken: string;
let extendToken: string;
const RECRUITER = "objet@boulangerie-test.fr";
const [NEAR_CFA] = TEST_TRAINING_PROVIDERS;

beforeAll(async () => {
  database = await createTestDatabase();
  // The training establishments come from the catalogue: a scripted one, imported by its job.
  world = await createIdentityTestApp(database, {}, { trainingCatalogueSource: testCatalogueSource() });
  await runCatalogueImport(world.app);
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email: RECRUITER };
  await world.app.request("/api/v1/recruiters", json("POST", { siret: DEMO_SIRETS.companyOpen, ...contact }));
  const recruiter = await logIn(world.app, RECRUITER);
  const offer = { romeCode: "D1102", contractTypes: ["apprentissage"], startDate: "2027-01-04", durationMonths: 24 };
  const created = await world.app.request("/api/v1/offers", json("POST", { ...offer, openings: 1 }, bearer(recruiter)));
  const offerId = ((await created.json()) as { id: string }).id;
  const sirets = [NEAR_CFA?.siret ?? ""];
  await world.app.request(`/api/v1/offers/${offerId}/cfa-shares`, json("POST", { sirets }, bearer(recruiter)));
  contactToken = (await newestEmail(world.app, NEAR_CFA?.contactEmail ?? "")).token;
  // The J-7 reminder of an offer published on 2 November 2026 (it expires on 2 December).
  await world.app.request("/dev/jobs/offers:remind?now=2026-11-25T06:00:00Z", { method: "POST" });
  extendToken = (await newestEmail(world.app, RECRUITER)).token;
});
afterAll(() => database.close());

const post = (path: string) => world.app.request(path, { method: "POST" });

describe("an offer email link on the other link's page", () => {
  it("refuses a contact link on the extend page without spending it", async () => {
    expect((await world.app.request(`/offres/prolonger/${contactToken}`)).status).toBe(401);
    expect((await post(`/offres/prolonger/${contactToken}`)).status).toBe(401);
    const shown = await post(`/offres/contact/${contactToken}`);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain(RECRUITER);
  });

  it("refuses an extend link on the contact page without spending it", async () => {
    expect((await post(`/offres/contact/${extendToken}`)).status).toBe(401);
    const extended = await post(`/offres/prolonger/${extendToken}`);
    expect(extended.status).toBe(200);
    expect(await extended.text()).toContain("Offre prolongée");
  });
});
