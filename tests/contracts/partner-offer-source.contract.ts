import { describe, expect, it } from "vitest";
import { toPartnerOffer } from "../../src/adapters/france-travail/offer-mapping.ts";
import type { FranceTravailOfferInput } from "../../src/adapters/france-travail/wire-format.ts";
import { type PartnerOfferSource, PartnerOffersUnavailable } from "../../src/application/partner-offer/ports.ts";
import type { PartnerOfferContent } from "../../src/domain/partner-offer/partner-offer.ts";
import { someFranceTravailOffers } from "../support/partner-offer-builders.ts";

/** A source holding these wire offers; `breakAfterFirstBatch` (when the source can fail) makes the rest fail. */
export type PartnerOfferSourceFactory = (
  offers: readonly FranceTravailOfferInput[],
) => Promise<Readonly<{ source: PartnerOfferSource; breakAfterFirstBatch: (() => void) | null }>>;

/** The offers the source yields, by id (an offer yielded twice counts once, as the port allows). */
async function readAll(source: PartnerOfferSource) {
  const offers = new Map<string, PartnerOfferContent>();
  for await (const batch of source.batches()) for (const offer of batch.offers) offers.set(offer.id, offer);
  return offers;
}

export function mappedContent(offer: FranceTravailOfferInput): PartnerOfferContent {
  const mapped = toPartnerOffer(offer);
  if (mapped.kind !== "offer") throw new Error(`test offer ${offer.id} rejected: ${mapped.reason}`);
  return mapped.offer;
}

/** `breakable`: the source can stop answering half-way (an API can, a file cannot). */
export function partnerOfferSourceContract(name: string, make: PartnerOfferSourceFactory, breakable = true) {
  describe(`PartnerOfferSource contract: ${name}`, () => {
    it("yields every apprenticeship and professionalisation offer, mapped", async () => {
      const wire = someFranceTravailOffers(7);
      const offers = await readAll((await make(wire)).source);
      expect([...offers.keys()].sort()).toEqual(wire.map((offer) => offer.id).sort());
      for (const offer of wire) expect(offers.get(offer.id)).toEqual(mappedContent(offer));
    });

    it("yields nothing when there is no offer", async () => {
      expect((await readAll((await make([])).source)).size).toBe(0);
    });

    it("gives each read the current offers", async () => {
      const { source } = await make(someFranceTravailOffers(3));
      expect((await readAll(source)).size).toBe(3);
      expect((await readAll(source)).size).toBe(3);
    });

    if (breakable) {
      it("throws PartnerOffersUnavailable after the batches it could give, when it stops answering", async () => {
        const { source, breakAfterFirstBatch } = await make(someFranceTravailOffers(7));
        if (!breakAfterFirstBatch) throw new Error("a breakable source gives breakAfterFirstBatch");
        const seen: string[] = [];
        const reading = (async () => {
          for await (const batch of source.batches()) {
            seen.push(...batch.offers.map((offer) => offer.id));
            breakAfterFirstBatch();
          }
        })();
        await expect(reading).rejects.toThrow(PartnerOffersUnavailable);
        expect(seen.length).toBeGreaterThan(0);
      });
    }
  });
}
