import { beforeEach, describe, expect, it } from "vitest";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { anActionLink, anOffer, later, NOW } from "../support/offer-builders.ts";
import { type OfferStores, type OfferStoresFactory, ORG_A } from "./offer-repository.contract.ts";

export function offerActionLinksContract(name: string, factory: OfferStoresFactory) {
  describe(`OfferActionLinkRepository contract — ${name}`, () => {
    let repos: OfferStores;
    let run: Awaited<ReturnType<OfferStoresFactory>>["unitOfWork"]["run"];
    beforeEach(async () => {
      const made = await factory();
      repos = made.repos;
      run = (work) => made.unitOfWork.run(work);
      // Links belong to an offer (a foreign key in SQL).
      await repos.offers.insert(anOffer("offer-1", { organisationId: ORG_A }));
    });

    it("finds a saved link by its token hash, field for field; null for an unknown hash", async () => {
      const extend = anActionLink("link-1", "offer-1", {
        lifeNumber: 2,
        expiresAt: new Date("2026-04-24T10:00:00.5Z"),
      });
      const contact = anActionLink("link-2", "offer-1", {
        purpose: "cfa_contact",
        cfaSiret: "99100002700110" as Siret,
      });
      await repos.offerActionLinks.save(extend);
      await repos.offerActionLinks.save(contact);
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-1")).toEqual(extend);
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-2")).toEqual(contact);
      expect(await repos.offerActionLinks.findByTokenHash("hash-unknown")).toBeNull();
    });

    it("refuses a second link with the same token hash", async () => {
      await repos.offerActionLinks.save(anActionLink("link-1", "offer-1"));
      const twin = anActionLink("link-2", "offer-1", { tokenHash: "hash-link-1" });
      await expect(repos.offerActionLinks.save(twin)).rejects.toThrow();
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-1")).toMatchObject({ id: "link-1" });
    });

    it("marks a link used once: true the first time, false after, and the first use's instant stays", async () => {
      await repos.offerActionLinks.save(anActionLink("link-1", "offer-1"));
      expect(await repos.offerActionLinks.markUsed("link-1", later(1))).toBe(true);
      expect(await repos.offerActionLinks.markUsed("link-1", later(2))).toBe(false);
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-1")).toEqual(
        anActionLink("link-1", "offer-1", { usedAt: later(1) }),
      );
      expect(await repos.offerActionLinks.markUsed("link-unknown", NOW)).toBe(false);
    });

    it("lets only one of two concurrent uses win", async () => {
      await repos.offerActionLinks.save(anActionLink("link-1", "offer-1"));
      await repos.offerActionLinks.save(anActionLink("link-2", "offer-1"));
      const direct = await Promise.all([
        repos.offerActionLinks.markUsed("link-1", later(1)),
        repos.offerActionLinks.markUsed("link-1", later(1)),
      ]);
      expect(direct.sort()).toEqual([false, true]);
      const inUnits = await Promise.all([
        run((tx) => tx.offerActionLinks.markUsed("link-2", later(1))),
        run((tx) => tx.offerActionLinks.markUsed("link-2", later(2))),
      ]);
      expect(inUnits.sort()).toEqual([false, true]);
    });

    it("undoes a link saved, and a use, in a unit of work that throws", async () => {
      await repos.offerActionLinks.save(anActionLink("link-1", "offer-1"));
      const failing = run(async (tx) => {
        await tx.offerActionLinks.markUsed("link-1", later(1));
        await tx.offerActionLinks.save(anActionLink("link-2", "offer-1"));
        throw new Error("the change failed");
      });
      await expect(failing).rejects.toThrow("the change failed");
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-1")).toMatchObject({ usedAt: null });
      expect(await repos.offerActionLinks.findByTokenHash("hash-link-2")).toBeNull();
    });
  });
}
