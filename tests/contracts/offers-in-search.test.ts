import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { createPgOfferRepository } from "../../src/adapters/postgres/offer/offers.postgres.ts";
import { offers, searchItemRomes, searchItems } from "../../src/adapters/postgres/schema.ts";
import { createPgSearchIndex } from "../../src/adapters/postgres/search/search-index.postgres.ts";
import { createPgSearchReader } from "../../src/adapters/postgres/search/search-reader.postgres.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { withSearchEntries } from "../../src/application/offer/index.ts";
import type { JobSearchQuery } from "../../src/application/search/index.ts";
import { closeOffer } from "../../src/domain/offer/lifecycle.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../src/domain/offer/settings.ts";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { anOrganisation } from "../support/identity-builders.ts";
import { anOffer, later, NOW } from "../support/offer-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * The offer repository of a unit of work writes the offer's search entry in the same transaction
 * (withSearchEntries over the PostgreSQL offers and search index, on PGlite or DATABASE_URL's server): what the
 * transaction does not commit, search never sees.
 */
const ORGANISATION = "org-offers-in-search";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await createPgOrganisationRepository(database.db).create(anOrganisation(ORGANISATION, { siret: "99100001900125" }));
});
afterAll(() => database.close());
beforeEach(async () => {
  for (const table of [searchItemRomes, searchItems, offers]) await database.db.delete(table);
});

const bind = (tx: Db) => ({ offers: withSearchEntries(createPgOfferRepository(tx), createPgSearchIndex(tx)) });
const unitOfWork = () => createPgUnitOfWork(database.db, bind);

/** The offers a candidate finds for the test fiche around its workplace (Paris), as of `now`. */
async function found(now = NOW): Promise<string[]> {
  const query: JobSearchQuery = {
    romeCodes: ["D1104" as RomeCode],
    origin: { latitude: 48.86, longitude: 2.34 } as GeoPoint,
    radiusKm: 30,
    diplomaLevel: null,
    contractType: null,
    now,
    offset: 0,
    limit: 20,
  };
  const { hits } = await createPgSearchReader(database.db).search(query);
  return hits.map((hit) => hit.entry.id);
}

const anOfferHere = (id: string) => anOffer(id, { organisationId: ORGANISATION });
const fail = new Error("the transaction fails after the offer's write");

describe("offers in search, in the offer's transaction", () => {
  it("finds a published offer, no longer once filled; a refused (stale) write changes nothing", async () => {
    const offer = anOfferHere("offer-1");
    await unitOfWork().run((repos) => repos.offers.insert(offer));
    expect(await found()).toEqual(["offer-1"]);
    const filled = closeOffer(offer, { outcome: "filled" }, later(1), DEFAULT_OFFER_SETTINGS);
    if (!filled.ok) throw new Error("not closable");
    const stale = { ...filled.value, version: offer.version + 7 };
    expect(await unitOfWork().run((repos) => repos.offers.update(stale))).toBe("conflict");
    expect(await found()).toEqual(["offer-1"]);
    expect(await unitOfWork().run((repos) => repos.offers.update(filled.value))).toBe("updated");
    expect(await found()).toEqual([]);
  });

  it("leaves search as it was when the transaction publishing an offer fails", async () => {
    const publishing = unitOfWork().run(async (repos) => {
      await repos.offers.insert(anOfferHere("offer-2"));
      throw fail;
    });
    await expect(publishing).rejects.toBe(fail);
    expect(await found()).toEqual([]);
    expect(await database.db.select().from(searchItems)).toEqual([]);
  });

  it("keeps the offer found when the transaction closing it fails", async () => {
    const offer = anOfferHere("offer-3");
    await unitOfWork().run((repos) => repos.offers.insert(offer));
    const deleted = closeOffer(
      offer,
      { outcome: "deleted", reason: "no_longer_hiring" },
      later(1),
      DEFAULT_OFFER_SETTINGS,
    );
    if (!deleted.ok) throw new Error("not closable");
    const closing = unitOfWork().run(async (repos) => {
      await repos.offers.update(deleted.value);
      throw fail;
    });
    await expect(closing).rejects.toBe(fail);
    expect(await found()).toEqual(["offer-3"]);
  });

  it("does not find an offer past its expiry, before any job has marked it", async () => {
    await unitOfWork().run((repos) => repos.offers.insert(anOfferHere("offer-4")));
    expect(await found(later(29))).toEqual(["offer-4"]);
    expect(await found(later(30))).toEqual([]);
  });
});
