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
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runCatalogueImport, TEST_TRAINING_PROVIDERS, testCatalogueSource } from "../support/training-builders.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
let recruiter: string;
let offerId: string;
const RECRUITER = "partage@boulangerie-test.fr";
const [NEAR_CFA, FAR_NOT_QUALIOPI, VILLEURBANNE, VENISSIEUX, CLERMONT] = TEST_TRAINING_PROVIDERS;

beforeAll(async () => {
  database = await createTestDatabase();
  // The training establishments come from the catalogue: a scripted one, imported by its job.
  world = await createIdentityTestApp(database, {}, { trainingCatalogueSource: testCatalogueSource() });
  await runCatalogueImport(world.app);
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email: RECRUITER };
  await world.app.request("/api/v1/recruiters", json("POST", { siret: DEMO_SIRETS.companyOpen, ...contact }));
  recruiter = await logIn(world.app, RECRUITER);
  const offer = {
    romeCode: "D1102",
    contractTypes: ["apprentissage"],
    startDate: "2027-01-04",
    durationMonths: 24,
    openings: 1,
  };
  offerId = (await (await world.app.request("/api/v1/offers", json("POST", offer, bearer(recruiter)))).json()).id;
});
afterAll(() => database.close());

const nearby = async (token = recruiter) =>
  world.app.request(`/api/v1/offers/${offerId}/nearby-cfas`, { headers: bearer(token) });
const share = (sirets: string[], token = recruiter) =>
  world.app.request(`/api/v1/offers/${offerId}/cfa-shares`, json("POST", { sirets }, bearer(token)));

describe("sharing an offer with training centres", () => {
  it("proposes Qualiopi establishments training for the ROME within 100 km, nearest first", async () => {
    const { items } = await (await nearby()).json();
    expect(items.map((item: { siret: string }) => item.siret)).toEqual([NEAR_CFA?.siret, VILLEURBANNE?.siret]);
    expect(items[0]).toMatchObject({ name: NEAR_CFA?.legalName, alreadyShared: false, distanceKm: expect.any(Number) });
    const sirets = items.map((item: { siret: string }) => item.siret);
    for (const excluded of [FAR_NOT_QUALIOPI, VENISSIEUX, CLERMONT]) expect(sirets).not.toContain(excluded?.siret);
  });

  it("emails the chosen centre a link to the recruiter's contact, once, and the recruiter a recap", async () => {
    const response = await share([NEAR_CFA?.siret ?? ""]);
    expect(await response.json()).toEqual({ shared: [NEAR_CFA?.siret], alreadyShared: [] });
    const again = await share([NEAR_CFA?.siret ?? ""]);
    expect(await again.json()).toEqual({ shared: [], alreadyShared: [NEAR_CFA?.siret] });

    const toCfa = await newestEmail(world.app, NEAR_CFA?.contactEmail ?? "");
    expect(toCfa.subject).toContain("recherche un alternant");
    expect(toCfa.text).not.toContain(RECRUITER);
    expect(toCfa.text).toContain("Début du contrat : 4 janvier 2027, pour 24 mois, 1 poste.");
    expect((await newestEmail(world.app, RECRUITER)).subject).toContain("transmise à 1 centre de formation");

    const page = `/offres/contact/${toCfa.token}`;
    expect(await (await world.app.request(page)).text()).not.toContain(RECRUITER);
    const shown = await (await world.app.request(page, { method: "POST" })).text();
    expect(shown).toContain(RECRUITER);
    expect(shown).toContain("Téléphone : 06 12 34 56 78");
    expect((await nearby()).status).toBe(200);
    expect((await (await nearby()).json()).items[0]).toMatchObject({ alreadyShared: true });
  });

  it("refuses an establishment that is not in the proposed list with 422 CFA_NOT_NEARBY", async () => {
    const response = await share([CLERMONT?.siret ?? ""]);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "CFA_NOT_NEARBY" });
  });

  it("is 404 for another organisation", async () => {
    const other = (await registerAndLogIn(world, { name: "Garage Témoin" })).accessToken;
    expect((await nearby(other)).status).toBe(404);
    expect((await share([NEAR_CFA?.siret ?? ""], other)).status).toBe(404);
  });
});
