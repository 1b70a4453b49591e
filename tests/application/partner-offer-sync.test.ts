import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFranceTravailPartnerOfferSource } from "../../src/adapters/france-travail/partner-offer-source.france-travail.ts";
import type { FranceTravailOfferInput } from "../../src/adapters/france-travail/wire-format.ts";
import { createMemoryPartnerOfferSource } from "../../src/adapters/memory/partner-offer-source.memory.ts";
import { createMemoryPartnerOfferStore } from "../../src/adapters/memory/partner-offer-store.memory.ts";
import { createMemorySearch } from "../../src/adapters/memory/search-index.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import { syncPartnerOffers } from "../../src/application/partner-offer/index.ts";
import type { PartnerOfferSource } from "../../src/application/partner-offer/ports.ts";
import { ignoredProgress } from "../../src/application/scheduling/index.ts";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { mappedContent } from "../contracts/partner-offer-source.contract.ts";
import { type FranceTravailStub, STUB_CLIENT, startFranceTravailStub } from "../support/france-travail-stub.ts";
import { aFranceTravailOffer, someFranceTravailOffers } from "../support/partner-offer-builders.ts";

let stub: FranceTravailStub;
beforeAll(async () => {
  stub = await startFranceTravailStub();
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const FIRST_RUN = new Date("2026-11-30T03:15:00Z");
const SECOND_RUN = new Date("2026-12-01T03:15:00Z");

function world(source: PartnerOfferSource) {
  const store = createMemoryPartnerOfferStore();
  const search = createMemorySearch();
  const unitOfWork = createMemoryUnitOfWork({ partnerOffers: store, search: search.index }, []);
  const sync = syncPartnerOffers({ source, partnerOffers: store, unitOfWork });
  const found = async (around: { latitude: number; longitude: number }) => {
    const result = await search.reader.search({
      romeCodes: ["D1101" as RomeCode],
      origin: around as GeoPoint,
      radiusKm: 30,
      diplomaLevel: null,
      contractType: null,
      now: SECOND_RUN,
      offset: 0,
      limit: 1_000,
    });
    return result.hits.map((hit) => hit.entry.id).sort();
  };
  return { store, sync, found };
}

const PARIS = { latitude: 48.853, longitude: 2.3499 };
const LYON = { latitude: 45.764, longitude: 4.8357 };

const franceTravail = () =>
  createFranceTravailPartnerOfferSource({
    apiUrl: stub.url,
    tokenUrl: stub.tokenUrl,
    ...STUB_CLIENT,
    timeoutMs: 5_000,
    retryBaseMs: 10,
    departements: ["69", "75"],
  });

describe("partner-offers:sync against the France Travail stub", () => {
  it("ends with the stub's offers despite a 429 and a token expiry mid-way; withdrawn ones leave search; a second run changes nothing", async () => {
    const before = someFranceTravailOffers(6);
    stub.setOffers(before);
    const { store, sync, found } = world(franceTravail());
    stub.script("429", "expire-tokens");
    expect(await sync(FIRST_RUN, ignoredProgress)).toMatchObject({ read: 6, created: 6, changed: 0, withdrawn: 0 });

    const [gone, kept, retitled, ...rest] = before as [FranceTravailOfferInput, ...FranceTravailOfferInput[]];
    const after = [kept, { ...retitled, intitule: "Apprentie bouchère" }, ...rest, aFranceTravailOffer(40)].filter(
      (offer): offer is FranceTravailOfferInput => offer?.id !== undefined,
    );
    stub.setOffers(after);
    stub.script("expire-tokens", "429");
    const summary = await sync(SECOND_RUN, ignoredProgress);
    expect(summary).toMatchObject({ read: 6, created: 1, changed: 1, withdrawn: 1, complete: true });
    expect(summary.message).toBe("Offres France Travail synchronisées : 6 lues, 1 nouvelle, 1 modifiée, 1 retirée.");
    expect((await store.activeIds()).sort()).toEqual(after.map((offer) => offer.id).sort());
    const inSearch = [...(await found(PARIS)), ...(await found(LYON))].sort();
    expect(inSearch).toEqual(after.map((offer) => offer.id).sort());
    expect(inSearch).not.toContain(gone.id);

    const third = new Date("2026-12-02T03:15:00Z");
    expect(await sync(third, ignoredProgress)).toMatchObject({ read: 6, created: 0, changed: 0, withdrawn: 0 });
    expect(
      store
        .all()
        .map((offer) => store.changedAtOf(offer.id)?.getTime())
        .includes(third.getTime()),
    ).toBe(false);
  });

  it("withdraws nothing when France Travail stops answering half-way, and keeps what it wrote", async () => {
    const offers = someFranceTravailOffers(6);
    stub.setOffers(offers);
    const { store, sync } = world(franceTravail());
    await sync(FIRST_RUN, ignoredProgress);
    stub.setOffers([aFranceTravailOffer(50)]);
    stub.script("503", "503", "503", "503", "503");
    const summary = await sync(SECOND_RUN, ignoredProgress);
    expect(summary.complete).toBe(false);
    expect(summary.withdrawn).toBe(0);
    expect(summary.message).toMatch(/^Synchronisation des offres France Travail interrompue/);
    expect(await store.activeIds()).toHaveLength(6);
  });
});

describe("partner-offers:sync rules (scripted source)", () => {
  it("stores an offer without coordinates without making it searchable", async () => {
    const unplaced = mappedContent(
      aFranceTravailOffer(1, { lieuTravail: { libelle: "75 - Paris", commune: "75056" } }),
    );
    const { store, sync, found } = world(createMemoryPartnerOfferSource([[unplaced]]));
    await sync(FIRST_RUN, ignoredProgress);
    expect(await store.find(unplaced.id)).toMatchObject({ status: "active" });
    expect(await found(PARIS)).toEqual([]);
  });

  it("counts an offer that comes twice once", async () => {
    const offer = mappedContent(aFranceTravailOffer(1));
    const { sync } = world(createMemoryPartnerOfferSource([[offer], [offer]]));
    expect(await sync(FIRST_RUN, ignoredProgress)).toMatchObject({ read: 1, created: 1 });
  });

  it("reports progress batch by batch", async () => {
    const offers = someFranceTravailOffers(5).map(mappedContent);
    const { sync } = world(createMemoryPartnerOfferSource([offers.slice(0, 2), offers.slice(2)]));
    const advanced: number[] = [];
    await sync(FIRST_RUN, { total: () => {}, advance: (units) => advanced.push(units) });
    expect(advanced).toEqual([2, 3]);
  });
});
