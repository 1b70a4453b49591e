import { beforeEach, describe, expect, it } from "vitest";
import type { JobApplicationRepository, ResponseLinkRepository } from "../../src/application/job-application/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { JobApplication } from "../../src/domain/job-application/job-application.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import {
  aJobApplication,
  anApplicationAwaitingScan,
  anOfferTarget,
  aResponseLink,
  DAY_MS,
  minutesAfter,
  msAfter,
  targetKeyOf,
} from "../support/job-application-builders.ts";

export type JobApplicationStores = Readonly<{
  applications: JobApplicationRepository;
  responseLinks: ResponseLinkRepository;
}>;
export type JobApplicationStoresFactory = () => Promise<{
  repos: JobApplicationStores;
  unitOfWork: UnitOfWork<JobApplicationStores>;
}>;

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

export function jobApplicationReposContract(name: string, factory: JobApplicationStoresFactory) {
  describe(`Job application repositories contract — ${name}`, () => {
    let repos: JobApplicationStores;
    let unitOfWork: UnitOfWork<JobApplicationStores>;
    let applications: JobApplicationRepository;
    const insert = (...list: JobApplication[]) =>
      Promise.all(list.map((application) => applications.insert(application, targetKeyOf(application.target))));
    beforeEach(async () => {
      ({ repos, unitOfWork } = await factory());
      applications = repos.applications;
    });

    it("give back every field as inserted (dates, nulls, answer, no CV), and null for an unknown id", async () => {
      const answered = aJobApplication({
        id: "app-1",
        answer: { intention: "interview", message: "Passez jeudi à 10 h.", answeredAt: minutesAfter(90) },
        status: "interview",
        notes: "Très motivée.",
        lastActivityAt: minutesAfter(90),
      });
      const waiting = anApplicationAwaitingScan({
        id: "app-2",
        target: { kind: "partner_offer", partnerOfferId: "ft-204XKLM" },
        snapshot: { title: "Vendeur / Vendeuse", companyName: "MAGASIN DES ESSAIS", organisationId: null },
        candidate: { firstName: "Noé", lastName: "Dupont", email: "Noe.Dupont@Example.fr" as Email, phone: null },
        cv: null,
      });
      const anonymised = aJobApplication({
        id: "app-3",
        target: { kind: "company", siret: "99100001900125" as Siret },
        delivery: { state: "infected", deliveredAt: null, scanAttempts: 3 },
        answer: { intention: "refuse", message: null, answeredAt: minutesAfter(5) },
        status: "refused",
        cv: null,
        anonymisedAt: msAfter(2 * 365 * DAY_MS),
      });
      await insert(answered, waiting, anonymised);
      expect(await applications.findById("app-1")).toEqual(answered);
      expect(await applications.findById("app-2")).toEqual(waiting);
      expect(await applications.findById("app-3")).toEqual(anonymised);
      expect(await applications.findById("app-9")).toBeNull();
    });

    it("refuse a second insert with the same id", async () => {
      await insert(aJobApplication({ id: "app-1" }));
      await expect(insert(aJobApplication({ id: "app-1" }))).rejects.toThrow();
    });

    it("list an offer's applications newest first, id breaking ties, with the total, anonymised ones included", async () => {
      await insert(
        aJobApplication({ id: "app-a", createdAt: minutesAfter(1) }),
        aJobApplication({ id: "app-b", createdAt: minutesAfter(3) }),
        aJobApplication({ id: "app-c", createdAt: minutesAfter(3) }),
        aJobApplication({ id: "app-d", createdAt: minutesAfter(2), anonymisedAt: minutesAfter(9) }),
        aJobApplication({ id: "app-e", createdAt: minutesAfter(4) }),
        aJobApplication({ id: "app-f", target: anOfferTarget("offer-2"), createdAt: minutesAfter(5) }),
        aJobApplication({ id: "app-g", target: { kind: "partner_offer", partnerOfferId: "offer-1" } }),
      );
      const page = (n: number) => applications.listForOffer("offer-1", { page: n, pageSize: 2 });
      const [first, second, third, fourth] = await Promise.all([page(1), page(2), page(3), page(4)]);
      expect([ids(first.items), ids(second.items), ids(third.items), ids(fourth.items)]).toEqual([
        ["app-e", "app-c"],
        ["app-b", "app-d"],
        ["app-a"],
        [],
      ]);
      expect([first.total, fourth.total]).toEqual([5, 5]);
      expect(await applications.listForOffer("offer-9", { page: 1, pageSize: 10 })).toEqual({ items: [], total: 0 });
    });

    it("count the applications of each offer asked, leaving out offers without any", async () => {
      await insert(
        aJobApplication({ id: "app-1" }),
        aJobApplication({ id: "app-2" }),
        aJobApplication({ id: "app-3", target: anOfferTarget("offer-2") }),
        aJobApplication({ id: "app-4", target: anOfferTarget("offer-3") }),
        aJobApplication({ id: "app-5", target: { kind: "partner_offer", partnerOfferId: "offer-2" } }),
      );
      const counts = await applications.countByOffer(["offer-1", "offer-2", "offer-9"]);
      expect(new Map(counts)).toEqual(
        new Map([
          ["offer-1", 2],
          ["offer-2", 1],
        ]),
      );
      expect((await applications.countByOffer([])).size).toBe(0);
    });

    it("list an offer's delivered applications without an answer, oldest first", async () => {
      const answer = { intention: "later" as const, message: null, answeredAt: minutesAfter(30) };
      await insert(
        aJobApplication({ id: "app-late", createdAt: minutesAfter(2) }),
        aJobApplication({ id: "app-early", createdAt: minutesAfter(1) }),
        aJobApplication({ id: "app-answered", answer }),
        anApplicationAwaitingScan({ id: "app-waiting" }),
        aJobApplication({ id: "app-infected", delivery: { state: "infected", deliveredAt: null, scanAttempts: 0 } }),
        aJobApplication({ id: "app-anonymised", anonymisedAt: minutesAfter(60) }),
        aJobApplication({ id: "app-other", target: anOfferTarget("offer-2") }),
      );
      expect(ids(await applications.listAwaitingAnswer("offer-1"))).toEqual(["app-early", "app-late"]);
      expect(await applications.listAwaitingAnswer("offer-9")).toEqual([]);
    });

    it("update every state field, keeping the target, its snapshot, the recipient and the creation", async () => {
      const original = anApplicationAwaitingScan({ id: "app-1" });
      await insert(original, aJobApplication({ id: "app-2" }));
      const changed: JobApplication = {
        ...original,
        candidate: { firstName: "Candidat", lastName: "anonymisé", email: "x@anonymise.invalid" as Email, phone: null },
        message: "",
        cv: null,
        delivery: { state: "delivered", deliveredAt: minutesAfter(10), scanAttempts: 4 },
        answer: { intention: "refuse", message: "Le poste est pourvu.", answeredAt: minutesAfter(20) },
        status: "refused",
        notes: "Profil retenu ailleurs.",
        lastActivityAt: minutesAfter(20),
        anonymisedAt: minutesAfter(30),
      };
      const elsewhere = { kind: "offer" as const, offerId: "offer-2" };
      await applications.update({ ...changed, target: elsewhere, createdAt: minutesAfter(40) });
      expect(await applications.findById("app-1")).toEqual(changed);
      expect(await applications.findById("app-2")).toEqual(aJobApplication({ id: "app-2" }));
      await applications.update(aJobApplication({ id: "app-9" }));
      expect(await applications.findById("app-9")).toBeNull();
    });

    it("find a response link by its token hash, field for field; unknown → null; a hash is unique", async () => {
      const fresh = aResponseLink("link-1", "app-1");
      const used = aResponseLink("link-2", "app-2", { usedAt: minutesAfter(5) });
      await repos.responseLinks.save(fresh);
      await repos.responseLinks.save(used);
      expect(await repos.responseLinks.findByTokenHash("hash-link-1")).toEqual(fresh);
      expect(await repos.responseLinks.findByTokenHash("hash-link-2")).toEqual(used);
      expect(await repos.responseLinks.findByTokenHash("hash-link-9")).toBeNull();
      await expect(repos.responseLinks.save({ ...fresh, id: "link-3" })).rejects.toThrow();
    });

    it("keep nothing of a unit of work that fails: neither its link nor its application", async () => {
      const failing = unitOfWork.run(async (tx) => {
        await tx.responseLinks.save(aResponseLink("link-1", "app-1"));
        await tx.applications.insert(aJobApplication({ id: "app-1" }), targetKeyOf(anOfferTarget()));
        throw new Error("the outbox failed");
      });
      await expect(failing).rejects.toThrow("the outbox failed");
      expect(await applications.findById("app-1")).toBeNull();
      expect(await repos.responseLinks.findByTokenHash("hash-link-1")).toBeNull();
    });
  });
}
