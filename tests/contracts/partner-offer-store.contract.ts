import { describe, expect, it } from "vitest";
import type { PartnerOfferStore } from "../../src/application/partner-offer/ports.ts";
import type { PartnerOffer } from "../../src/domain/partner-offer/partner-offer.ts";
import { aFranceTravailOffer } from "../support/partner-offer-builders.ts";
import { mappedContent } from "./partner-offer-source.contract.ts";

const anOffer = (n: number, overrides: Partial<PartnerOffer> = {}): PartnerOffer => ({
  ...mappedContent(aFranceTravailOffer(n)),
  status: "active",
  ...overrides,
});

const NOW = new Date("2026-11-30T04:15:00Z");

export function partnerOfferStoreContract(name: string, make: () => Promise<PartnerOfferStore>) {
  describe(`PartnerOfferStore contract: ${name}`, () => {
    it("gives back what it saved, field for field, and null for an unknown id", async () => {
      const store = await make();
      expect(await store.isEmpty()).toBe(true);
      const withEmail = anOffer(2, { contactEmail: "rh@boucherie.test" as PartnerOffer["contactEmail"] });
      const unplaced = anOffer(3, { place: { ...anOffer(3).place, latitude: null, longitude: null } });
      await store.save([anOffer(1), withEmail, unplaced], NOW);
      expect(await store.find(anOffer(1).id)).toEqual(anOffer(1));
      expect(await store.find(withEmail.id)).toEqual(withEmail);
      expect(await store.find(unplaced.id)).toEqual(unplaced);
      expect(await store.find("NOPE")).toBeNull();
      expect(await store.isEmpty()).toBe(false);
    });

    it("replaces an offer saved again under the same id", async () => {
      const store = await make();
      await store.save([anOffer(1)], NOW);
      const changed = anOffer(1, { title: "Apprentie bouchère", diplomaLevel: "4", companyName: null });
      await store.save([changed], NOW);
      expect(await store.find(changed.id)).toEqual(changed);
    });

    it("finds several by id, leaving unknown ones out", async () => {
      const store = await make();
      await store.save([anOffer(1), anOffer(2)], NOW);
      const found = await store.findMany([anOffer(2).id, "NOPE", anOffer(1).id]);
      expect([...found.keys()].sort()).toEqual([anOffer(1).id, anOffer(2).id].sort());
      expect(found.get(anOffer(2).id)).toEqual(anOffer(2));
      expect((await store.findMany([])).size).toBe(0);
    });

    it("withdraws offers, which leave the active ids but stay readable", async () => {
      const store = await make();
      await store.save([anOffer(1), anOffer(2), anOffer(3)], NOW);
      await store.withdraw([anOffer(2).id, "NOPE"], NOW);
      expect((await store.activeIds()).sort()).toEqual([anOffer(1).id, anOffer(3).id].sort());
      expect(await store.find(anOffer(2).id)).toEqual(anOffer(2, { status: "withdrawn" }));
    });

    it("makes a withdrawn offer active again when it is saved active", async () => {
      const store = await make();
      await store.save([anOffer(1)], NOW);
      await store.withdraw([anOffer(1).id], NOW);
      await store.save([anOffer(1)], NOW);
      expect(await store.activeIds()).toEqual([anOffer(1).id]);
    });
  });
}
