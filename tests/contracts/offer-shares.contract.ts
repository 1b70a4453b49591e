import { beforeEach, describe, expect, it } from "vitest";
import { anOffer, later, NOW } from "../support/offer-builders.ts";
import { type OfferStores, type OfferStoresFactory, ORG_A, ORG_B } from "./offer-repository.contract.ts";

/** TEST DATA: SIRETs of training establishments, only compared and sorted. */
const CFA_1 = "99100001900125";
const CFA_2 = "99100002700110";
const CFA_3 = "99100007600018";

export function offerSharesContract(name: string, factory: OfferStoresFactory) {
  describe(`OfferShareRepository contract — ${name}`, () => {
    let repos: OfferStores;
    let run: Awaited<ReturnType<OfferStoresFactory>>["unitOfWork"]["run"];
    beforeEach(async () => {
      const made = await factory();
      repos = made.repos;
      run = (work) => made.unitOfWork.run(work);
      // Shares belong to an offer (a foreign key in SQL).
      await repos.offers.insert(anOffer("offer-1", { organisationId: ORG_A }));
      await repos.offers.insert(anOffer("offer-2", { organisationId: ORG_B }));
    });

    it("adds an establishment once per offer: exists the second time, listed once", async () => {
      expect(await repos.offerShares.add("offer-1", CFA_1, NOW)).toBe("added");
      expect(await repos.offerShares.add("offer-1", CFA_1, later(1))).toBe("exists");
      expect(await repos.offerShares.listSirets("offer-1")).toEqual([CFA_1]);
    });

    it("shares each offer on its own: the same establishment may receive two offers", async () => {
      expect(await repos.offerShares.add("offer-1", CFA_1, NOW)).toBe("added");
      expect(await repos.offerShares.add("offer-2", CFA_1, NOW)).toBe("added");
      expect(await repos.offerShares.add("offer-2", CFA_2, NOW)).toBe("added");
      expect(await repos.offerShares.listSirets("offer-1")).toEqual([CFA_1]);
      expect(await repos.offerShares.listSirets("offer-2")).toEqual([CFA_1, CFA_2]);
    });

    it("lists an offer's SIRETs in ascending order; none for an offer shared with nobody", async () => {
      for (const siret of [CFA_3, CFA_1, CFA_2]) await repos.offerShares.add("offer-1", siret, NOW);
      expect(await repos.offerShares.listSirets("offer-1")).toEqual([CFA_1, CFA_2, CFA_3]);
      expect(await repos.offerShares.listSirets("offer-2")).toEqual([]);
      expect(await repos.offerShares.listSirets("offer-unknown")).toEqual([]);
    });

    it("adds one of two concurrent shares of the same establishment", async () => {
      const outcomes = await Promise.all([
        repos.offerShares.add("offer-1", CFA_1, NOW),
        repos.offerShares.add("offer-1", CFA_1, NOW),
      ]);
      expect(outcomes.sort()).toEqual(["added", "exists"]);
    });

    it("undoes the shares added in a unit of work that throws", async () => {
      const failing = run(async (tx) => {
        await tx.offerShares.add("offer-1", CFA_1, NOW);
        throw new Error("the change failed");
      });
      await expect(failing).rejects.toThrow("the change failed");
      expect(await repos.offerShares.listSirets("offer-1")).toEqual([]);
      expect(await repos.offerShares.add("offer-1", CFA_1, NOW)).toBe("added");
    });
  });
}
