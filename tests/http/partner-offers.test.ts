import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFranceTravailPartnerOfferSource } from "../../src/adapters/france-travail/partner-offer-source.france-travail.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { partnerOffers } from "../../src/adapters/postgres/schema.ts";
import { type FranceTravailStub, STUB_CLIENT, startFranceTravailStub } from "../support/france-travail-stub.ts";
import { aFranceTravailOffer } from "../support/partner-offer-builders.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let stub: FranceTravailStub;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  database = await createTestDatabase();
  stub = await startFranceTravailStub();
  const source = createFranceTravailPartnerOfferSource({
    apiUrl: stub.url,
    tokenUrl: stub.tokenUrl,
    ...STUB_CLIENT,
    timeoutMs: 5_000,
    maxRetries: 1,
    retryBaseMs: 10,
    departements: ["75"],
  });
  app = createTestApp(database, {}, { partnerOfferSource: source });
});
afterAll(async () => {
  await stub.close();
  await database.close();
});
beforeEach(async () => {
  stub.reset();
  await database.db.delete(partnerOffers);
});

const sync = () => app.request("/dev/jobs/partner-offers:sync", { method: "POST" });
const detail = (id: string) => app.request(`/api/v1/partner-offers/${id}`);

describe("GET /api/v1/partner-offers/{id}", () => {
  it("shows a synced offer, to apply for on France Travail's page when no email is known", async () => {
    stub.setOffers([aFranceTravailOffer(1)]);
    expect((await sync()).status).toBe(200);
    const response = await detail(aFranceTravailOffer(1).id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: "101TEST",
      title: "Apprenti boucher (H/F) 1",
      description: "Vous apprendrez la découpe et la préparation des viandes.",
      romeCode: "D1101",
      companyName: "BOUCHERIE DEMO",
      place: {
        label: "75 - Paris 15e Arrondissement",
        city: "Paris 15e Arrondissement",
        postcode: "75015",
        insee: "75115",
        latitude: 48.8412,
        longitude: 2.3003,
      },
      contractTypes: ["apprentissage"],
      diplomaLevel: "3",
      createdAt: aFranceTravailOffer(1).dateCreation,
      canApply: false,
      applyUrl: "https://candidat.francetravail.fr/offres/recherche/detail/101TEST",
    });
  });

  it("lets the candidate apply here when France Travail gives the recruiter's email", async () => {
    stub.setOffers([aFranceTravailOffer(2, { contact: { courriel: "RH@Boucherie.test" } })]);
    await sync();
    expect(await (await detail(aFranceTravailOffer(2).id)).json()).toMatchObject({ canApply: true, applyUrl: null });
  });

  it("answers 404 PARTNER_OFFER_NOT_FOUND for an unknown offer and for one France Travail withdrew", async () => {
    stub.setOffers([aFranceTravailOffer(3)]);
    await sync();
    stub.setOffers([]);
    await sync();
    for (const id of [aFranceTravailOffer(3).id, "UNKNOWN1"]) {
      const response = await detail(id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: "PARTNER_OFFER_NOT_FOUND" });
    }
  });

  it("answers 400 VALIDATION_FAILED for an id France Travail never gives", async () => {
    const response = await detail("not%20an%20id");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("partner-offers:sync through /dev/jobs", () => {
  it("answers 503 when France Travail stops answering, and keeps the offers already synced", async () => {
    stub.setOffers([aFranceTravailOffer(4)]);
    await sync();
    stub.failFrom(503);
    expect((await sync()).status).toBe(503);
    expect((await detail(aFranceTravailOffer(4).id)).status).toBe(200);
  });

  it("makes a synced offer findable in the jobs search, as a partner offer", async () => {
    stub.setOffers([aFranceTravailOffer(5)]);
    await sync();
    const response = await app.request("/api/v1/jobs/search?romes=D1101&latitude=48.853&longitude=2.3499&radius=30");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { kind: string; id: string }[] };
    expect(body.items).toContainEqual(
      expect.objectContaining({ kind: "partner_offer", id: aFranceTravailOffer(5).id }),
    );
  });
});
