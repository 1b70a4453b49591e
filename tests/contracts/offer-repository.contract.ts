import { beforeEach, describe, expect, it } from "vitest";
import type { OfferRepos } from "../../src/application/offer/index.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { Offer } from "../../src/domain/offer/offer.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { aDeletedOffer, aFilledOffer, anExpiredOffer, anOffer, later, NOW } from "../support/offer-builders.ts";

/** The organisations the offer suites post for: the Postgres runner creates them (offers reference them). */
export const ORG_A = "org-offers-a";
export const ORG_B = "org-offers-b";

export type OfferStores = Omit<OfferRepos, "outbox" | "offerLifecycle">;

/** Empty offer tables, and a UnitOfWork whose repositories are bound to each transaction. */
export type OfferStoresFactory = () => Promise<{ repos: OfferStores; unitOfWork: UnitOfWork<OfferStores> }>;

const idsOf = (offers: readonly Offer[]) => offers.map((offer) => offer.id);

/** Every field an offer has, none left at its default: what the round trip must keep. */
function aFullOffer(id: string): Offer {
  return anOffer(id, {
    organisationId: ORG_A,
    appellation: "Chef pâtissier / Cheffe pâtissière",
    contractTypes: ["apprentissage", "professionnalisation"],
    employerDescription: "Une pâtisserie de test, « artisanale ».",
    partnerSiret: "99100001900125" as Siret,
    workplace: {
      street: "12 rue Saint-Jean",
      postcode: "69005",
      city: "Lyon",
      insee: "69385",
      latitude: 45.762_345_678,
      longitude: 4.827_123_456,
    },
    createdAt: new Date("2026-03-10T10:00:00.123Z"),
    updatedAt: new Date("2026-03-11T10:00:00.456Z"),
    lifeNumber: 2,
    remindersSent: [{ kind: "J-7", sentAt: new Date("2026-04-02T06:00:00.789Z") }],
  });
}

export function offerRepositoryContract(name: string, factory: OfferStoresFactory) {
  describe(`OfferRepository contract — ${name}`, () => {
    let repos: OfferStores;
    let unitOfWork: UnitOfWork<OfferStores>;
    beforeEach(async () => {
      ({ repos, unitOfWork } = await factory());
    });
    const insertAll = async (...offers: Offer[]) => {
      for (const offer of offers) await repos.offers.insert(offer);
    };

    it("gives back an inserted offer field for field, in every status; null for an unknown id", async () => {
      const offers = [
        aFullOffer("offer-1"),
        anExpiredOffer("offer-2", { organisationId: ORG_A }),
        aFilledOffer("offer-3", { organisationId: ORG_A }),
        aDeletedOffer("offer-4", { organisationId: ORG_A }, { reason: "no_applications", detail: null }),
        aDeletedOffer("offer-5", { organisationId: ORG_A }, { reason: "other", detail: "Poste supprimé." }),
      ];
      await insertAll(...offers);
      for (const offer of offers) expect(await repos.offers.findById(offer.id)).toEqual(offer);
      expect(await repos.offers.findById("offer-unknown")).toBeNull();
    });

    it("keeps the unknown parts of an offer as nulls", async () => {
      const bare = anOffer("offer-1", {
        organisationId: ORG_A,
        appellation: null,
        diplomaLevel: null,
        employerDescription: null,
        partnerSiret: null,
        employerName: null,
        workplace: { street: null, postcode: null, city: null, insee: null, latitude: null, longitude: null },
      });
      await repos.offers.insert(bare);
      expect(await repos.offers.findById("offer-1")).toEqual(bare);
    });

    it("refuses a second offer with the same id and keeps the first", async () => {
      const first = anOffer("offer-1", { organisationId: ORG_A });
      await repos.offers.insert(first);
      await expect(repos.offers.insert({ ...first, openings: 3 })).rejects.toThrow();
      expect(await repos.offers.findById("offer-1")).toEqual(first);
    });

    it("replaces the stored offer on update, one revision later; updating an unknown id stores nothing", async () => {
      await repos.offers.insert(anOffer("offer-1", { organisationId: ORG_A }));
      const deleted = aDeletedOffer("offer-1", { organisationId: ORG_A, openings: 2 });
      expect(await repos.offers.update(deleted)).toBe("updated");
      expect(await repos.offers.findById("offer-1")).toEqual({ ...deleted, version: 2 });
      const back = anOffer("offer-1", { organisationId: ORG_A, lifeNumber: 3, remindersSent: [], version: 2 });
      expect(await repos.offers.update(back)).toBe("updated");
      expect(await repos.offers.findById("offer-1")).toEqual({ ...back, version: 3 });
      expect(await repos.offers.update(anOffer("offer-2", { organisationId: ORG_A }))).toBe("conflict");
      expect(await repos.offers.findById("offer-2")).toBeNull();
    });

    it("refuses a write based on a revision that is no longer the stored one (docs/adr/0018)", async () => {
      const read = anOffer("offer-1", { organisationId: ORG_A });
      await repos.offers.insert(read);
      expect(await repos.offers.update({ ...read, openings: 2 })).toBe("updated");
      expect(await repos.offers.update({ ...read, openings: 5 })).toBe("conflict");
      expect(await repos.offers.findById("offer-1")).toMatchObject({ openings: 2, version: 2 });
    });

    it("lists an organisation's offers in the statuses asked, newest first, ties by id", async () => {
      await insertAll(
        anOffer("offer-1", { organisationId: ORG_A, createdAt: NOW }),
        aDeletedOffer("offer-3", { organisationId: ORG_A, createdAt: later(1) }),
        anExpiredOffer("offer-2", { organisationId: ORG_A, createdAt: later(1) }),
        aFilledOffer("offer-4", { organisationId: ORG_A, createdAt: later(2) }),
        anOffer("offer-5", { organisationId: ORG_B, createdAt: later(5) }),
      );
      const list = (organisationId: string, statuses: Offer["status"][]) =>
        repos.offers.listByOrganisation(organisationId, statuses).then(idsOf);
      expect(await list(ORG_A, ["active", "expired", "deleted"])).toEqual(["offer-2", "offer-3", "offer-1"]);
      expect(await list(ORG_A, ["filled"])).toEqual(["offer-4"]);
      expect(await list(ORG_A, [])).toEqual([]);
      expect(await list(ORG_B, ["active", "expired", "filled", "deleted"])).toEqual(["offer-5"]);
      expect(await list("org-without-offers", ["active"])).toEqual([]);
    });

    it("lists active offers expiring at or before an instant, of every organisation, soonest first, at most limit", async () => {
      await insertAll(
        anOffer("offer-1", { organisationId: ORG_A, expiresAt: later(10) }),
        anOffer("offer-3", { organisationId: ORG_A, expiresAt: later(5) }),
        anOffer("offer-2", { organisationId: ORG_A, expiresAt: later(5) }),
        anExpiredOffer("offer-4", { organisationId: ORG_A, expiresAt: later(1) }),
        anOffer("offer-5", { organisationId: ORG_A, expiresAt: new Date(later(10).getTime() + 1) }),
        aDeletedOffer("offer-6", { organisationId: ORG_A, expiresAt: later(2) }),
        anOffer("offer-7", { organisationId: ORG_B, expiresAt: later(3) }),
      );
      const due = await repos.offers.listActiveExpiringBefore(later(10), 10);
      expect(idsOf(due)).toEqual(["offer-7", "offer-2", "offer-3", "offer-1"]);
      expect(due.every((offer) => offer.status === "active")).toBe(true);
      expect(idsOf(await repos.offers.listActiveExpiringBefore(later(10), 2))).toEqual(["offer-7", "offer-2"]);
      expect(await repos.offers.listActiveExpiringBefore(later(2), 10)).toEqual([]);
    });

    it("lists the online offers (active, before their expiry) for the sitemap, most recently changed first", async () => {
      await insertAll(
        anOffer("offer-1", { organisationId: ORG_A, updatedAt: later(1), expiresAt: later(10) }),
        anOffer("offer-2", { organisationId: ORG_B, updatedAt: later(2), expiresAt: later(10) }),
        anOffer("offer-3", { organisationId: ORG_A, updatedAt: later(3), expiresAt: later(4) }),
        anExpiredOffer("offer-4", { organisationId: ORG_A, expiresAt: later(1) }),
        aDeletedOffer("offer-5", { organisationId: ORG_A, expiresAt: later(10) }),
        aFilledOffer("offer-6", { organisationId: ORG_A, expiresAt: later(10) }),
      );
      const online = await repos.offers.listOnline(later(5), 10);
      expect(online).toEqual([
        { id: "offer-2", updatedAt: later(2) },
        { id: "offer-1", updatedAt: later(1) },
      ]);
      expect(await repos.offers.listOnline(later(0), 1)).toEqual([{ id: "offer-3", updatedAt: later(3) }]);
    });

    it("feeds every offer in (updatedAt, id) order, ids compared byte-wise, strictly after the cursor", async () => {
      const tie = later(0.5);
      await insertAll(
        anOffer("offer-a", { organisationId: ORG_A, updatedAt: tie }),
        anOffer("offer-0", { organisationId: ORG_B, updatedAt: later(1) }),
        aDeletedOffer("offer-z", { organisationId: ORG_B, updatedAt: NOW }, { at: NOW }),
        anExpiredOffer("offer-B", { organisationId: ORG_A, updatedAt: tie }),
      );
      const feed = (cursor: { updatedAt: Date; id: string } | null, limit = 10) =>
        repos.offers.listChangedAfter(cursor, limit).then(idsOf);
      expect(await feed(null)).toEqual(["offer-z", "offer-B", "offer-a", "offer-0"]);
      expect(await feed({ updatedAt: tie, id: "offer-B" })).toEqual(["offer-a", "offer-0"]);
      expect(await feed({ updatedAt: tie, id: "" })).toEqual(["offer-B", "offer-a", "offer-0"]);
      expect(await feed({ updatedAt: later(1), id: "offer-0" })).toEqual([]);
      expect(await feed(null, 3)).toEqual(["offer-z", "offer-B", "offer-a"]);
      expect(await feed({ updatedAt: tie, id: "offer-a" }, 3)).toEqual(["offer-0"]);
    });

    it("lists the active and expired offers of an organisation, those a stopping organisation closes", async () => {
      await insertAll(
        anOffer("offer-1", { organisationId: ORG_A }),
        anExpiredOffer("offer-2", { organisationId: ORG_A }),
        aFilledOffer("offer-3", { organisationId: ORG_A }),
        aDeletedOffer("offer-4", { organisationId: ORG_A }),
        anOffer("offer-5", { organisationId: ORG_B }),
      );
      // The port promises no order.
      expect(idsOf(await repos.offers.listOpenByOrganisation(ORG_A)).sort()).toEqual(["offer-1", "offer-2"]);
      expect(await repos.offers.listOpenByOrganisation("org-without-offers")).toEqual([]);
    });

    it("lists the offers published before their employer was named, oldest first, ties by id, at most limit", async () => {
      await insertAll(
        anOffer("offer-named", { organisationId: ORG_A, createdAt: later(-3) }),
        anOffer("offer-b", { organisationId: ORG_A, employerName: null, createdAt: later(-2) }),
        aDeletedOffer("offer-a", { organisationId: ORG_B, employerName: null, createdAt: later(-2) }),
        anExpiredOffer("offer-0", { organisationId: ORG_B, employerName: null, createdAt: later(-1) }),
      );
      expect(idsOf(await repos.offers.listWithoutEmployerName(10))).toEqual(["offer-a", "offer-b", "offer-0"]);
      expect(idsOf(await repos.offers.listWithoutEmployerName(1))).toEqual(["offer-a"]);
    });

    it("keeps what a unit of work wrote, and sees it inside the unit", async () => {
      const offer = anOffer("offer-1", { organisationId: ORG_A });
      const seen = await unitOfWork.run(async (tx) => {
        await tx.offers.insert(offer);
        return tx.offers.findById("offer-1");
      });
      expect(seen).toEqual(offer);
      expect(await repos.offers.findById("offer-1")).toEqual(offer);
    });

    it("undoes every write of a unit of work that throws", async () => {
      const offer = anOffer("offer-1", { organisationId: ORG_A });
      await repos.offers.insert(offer);
      const failing = unitOfWork.run(async (tx) => {
        await tx.offers.update(aFilledOffer("offer-1", { organisationId: ORG_A }));
        await tx.offers.insert(anOffer("offer-2", { organisationId: ORG_A }));
        throw new Error("the change failed");
      });
      await expect(failing).rejects.toThrow("the change failed");
      expect(await repos.offers.findById("offer-1")).toEqual(offer);
      expect(await repos.offers.findById("offer-2")).toBeNull();
    });
  });
}
