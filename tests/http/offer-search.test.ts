import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOfferRepository } from "../../src/adapters/postgres/offer/offers.postgres.ts";
import { searchItems } from "../../src/adapters/postgres/search/schema.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
} from "../support/identity-app.ts";
import { anOffer } from "../support/offer-builders.ts";
import {
  BAKERY_NAME,
  offersFoundAroundLyon,
  publishAnOffer,
  searchAroundLyon,
  signUpTheDemoBakery,
} from "../support/offer-search-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * Issue 11 "Read model": every offer write puts or removes its search entry in its own transaction, so the jobs
 * search (`GET /api/v1/jobs/search`) finds an offer as soon as it is published and no longer once it is closed,
 * expired or its organisation stops.
 */
let database: DatabaseHandle;
let world: IdentityTestApp;
let token: string;
let organisationId: string;
const CONTACT = "recrutement@boulangerie-recherche.fr";
const DAY = 86_400_000;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  ({ organisationId, accessToken: token } = await signUpTheDemoBakery(world.app, CONTACT));
});
afterAll(() => database.close());

const publish = () => publishAnOffer(world.app, token);
const idsFound = (romes?: string) => offersFoundAroundLyon(world.app, romes);
const entryRows = (id: string) => database.db.select().from(searchItems).where(eq(searchItems.id, id));

async function post(path: string, body: unknown = {}) {
  const response = await world.app.request(path, json("POST", body, bearer(token)));
  expect(response.status).toBe(200);
  return response.json();
}

describe("offers posted here in the jobs search", () => {
  it("finds an offer once published, under its public employer, and no longer once closed between two searches", async () => {
    const offer = await publish();
    expect(await searchAroundLyon(world.app)).toEqual([
      expect.objectContaining({
        kind: "offer",
        id: offer.id,
        title: "Boulanger / Boulangère",
        companyName: BAKERY_NAME,
        canApply: true,
      }),
    ]);
    await post(`/api/v1/offers/${offer.id}/close`, { outcome: "filled" });
    expect(await idsFound()).not.toContain(offer.id);
    expect(await entryRows(offer.id)).toEqual([]);
  });

  it("shows an edit at once, and takes a deleted offer out", async () => {
    const offer = await publish();
    const changes = { romeCode: "D1104", appellation: null, version: offer.version };
    const edited = await world.app.request(`/api/v1/offers/${offer.id}`, json("PATCH", changes, bearer(token)));
    expect(edited.status).toBe(200);
    expect(await idsFound()).not.toContain(offer.id);
    const [asPastry] = await searchAroundLyon(world.app, "D1104");
    expect(asPastry).toMatchObject({ id: offer.id, title: (await edited.json()).romeLabel });
    await post(`/api/v1/offers/${offer.id}/close`, { outcome: "deleted", reason: "no_longer_hiring" });
    expect(await idsFound("D1104")).toEqual([]);
  });

  it("no longer finds an offer past its expiry, even before offers:expire; the job removes it, an extension brings it back", async () => {
    const offer = await publish();
    world.clock.set(new Date(new Date(offer.expiresAt).getTime() + 60_000));
    expect(await idsFound()).not.toContain(offer.id);
    expect(await entryRows(offer.id)).toHaveLength(1);
    const now = encodeURIComponent(world.clock.now().toISOString());
    expect((await world.app.request(`/dev/jobs/offers:expire?now=${now}`, { method: "POST" })).status).toBe(200);
    expect(await entryRows(offer.id)).toEqual([]);
    token = await logIn(world.app, CONTACT); // the clock moved on by a month: the access token has expired
    const extended = await post(`/api/v1/offers/${offer.id}/extend`);
    expect(new Date(extended.expiresAt).getTime()).toBe(world.clock.now().getTime() + 30 * DAY);
    expect(await idsFound()).toContain(offer.id);
  });

  it("names offers published before the employer's name was kept, and puts them in search, at start-up", async () => {
    // As a row from before drizzle/0016: no employer name, and no search entry.
    const old = anOffer("offer-from-before", {
      organisationId,
      romeCode: "D1102" as RomeCode,
      employerName: null,
      workplace: { street: null, postcode: "69005", city: "LYON", insee: "69123", latitude: 45.758, longitude: 4.835 },
      createdAt: world.clock.now(),
      expiresAt: new Date(world.clock.now().getTime() + 10 * DAY),
    });
    await createPgOfferRepository(database.db).insert(old);
    expect(await entryRows(old.id)).toEqual([]);
    await world.bootstrap();
    expect((await createPgOfferRepository(database.db).findById(old.id))?.employerName).toBe(BAKERY_NAME);
    expect((await entryRows(old.id))[0]).toMatchObject({ kind: "offer", companyName: BAKERY_NAME });
    expect(await idsFound()).toContain(old.id);
  });

  it("takes out every offer of an organisation support disables, in the same transaction", async () => {
    const offer = await publish();
    expect(await idsFound()).toContain(offer.id);
    const admin = await logIn(world.app, ADMIN_EMAIL);
    const disabled = await world.app.request(`/api/v1/admin/organisations/${organisationId}/disable`, {
      method: "POST",
      headers: bearer(admin),
    });
    expect(disabled.status).toBe(200);
    expect(await idsFound()).toEqual([]);
  });
});
