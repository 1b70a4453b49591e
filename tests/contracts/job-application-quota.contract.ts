import { beforeEach, describe, expect, it } from "vitest";
import type { JobApplicationRepository } from "../../src/application/job-application/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { ApplicationTarget, JobApplication } from "../../src/domain/job-application/job-application.ts";
import type { ApplicationQuota, QuotaExceeded } from "../../src/domain/job-application/quota.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import {
  aJobApplication,
  anOfferTarget,
  DAY_MS,
  HOUR_MS,
  msAfter,
  T0,
  targetKeyOf,
} from "../support/job-application-builders.ts";
import type { JobApplicationStores, JobApplicationStoresFactory } from "./job-application-repos.contract.ts";

const LEA = "lea.martin@example.fr" as Email;
const NOW = msAfter(3 * DAY_MS);
const OFFER = anOfferTarget("offer-1");
const COMPANY: ApplicationTarget = { kind: "company", siret: "99100001900125" as Siret };

/** Reserve then insert, as submitApplication does in one unit of work. */
async function applyIfQuotaAllows(
  applications: JobApplicationRepository,
  application: JobApplication,
  quota: ApplicationQuota,
) {
  const targetKey = targetKeyOf(application.target);
  const candidateEmail = application.candidate.email;
  const outcome = await applications.reserveQuota({ candidateEmail, targetKey, now: application.createdAt, quota });
  if (outcome === "ok") await applications.insert(application, targetKey);
  return outcome;
}

/** docs/PRODUCT.md §7: per candidate email over a rolling 24 hours, in all and to one target. */
export function jobApplicationQuotaContract(name: string, factory: JobApplicationStoresFactory) {
  describe(`Job application quota contract — ${name}`, () => {
    let applications: JobApplicationRepository;
    let unitOfWork: UnitOfWork<JobApplicationStores>;
    let sequence = 0;
    /** An application of `email` (Lea's by default) to `target`, made `msAgo` milliseconds before NOW. */
    const applied = (target: ApplicationTarget, msAgo: number, email: Email = LEA) => {
      const application = aJobApplication({
        id: `app-${++sequence}`,
        target,
        candidate: { ...aJobApplication().candidate, email },
        createdAt: msAfter(-msAgo, NOW),
      });
      return applications.insert(application, targetKeyOf(target));
    };
    const reserve = (quota: ApplicationQuota, target: ApplicationTarget = OFFER, email: Email = LEA) =>
      applications.reserveQuota({ candidateEmail: email, targetKey: targetKeyOf(target), now: NOW, quota });
    beforeEach(async () => {
      const stores = await factory();
      ({ unitOfWork } = stores);
      ({ applications } = stores.repos);
    });

    it("count only the 24 h before now: an application at now − 24 h − 1 ms or at now − 24 h does not count", async () => {
      const quota = { perDay: 1, perTargetPerDay: 5 };
      await applied(COMPANY, DAY_MS + 1);
      await applied(COMPANY, DAY_MS);
      expect(await reserve(quota)).toBe("ok");
      await applied(COMPANY, DAY_MS - 1);
      expect(await reserve(quota)).toEqual({
        code: "QUOTA_EXCEEDED",
        scope: "day",
        limit: 1,
        retryAt: msAfter(1, NOW),
      });
    });

    it("count every target for the day: the limit, and retryAt when the oldest counted leaves the window", async () => {
      const quota = { perDay: 3, perTargetPerDay: 3 };
      await applied(COMPANY, 5 * HOUR_MS);
      await applied(anOfferTarget("offer-2"), 3 * HOUR_MS);
      expect(await reserve(quota)).toBe("ok");
      await applied({ kind: "partner_offer", partnerOfferId: "ft-1" }, HOUR_MS);
      const retryAt = msAfter(DAY_MS - 5 * HOUR_MS, NOW);
      expect(await reserve(quota)).toEqual({ code: "QUOTA_EXCEEDED", scope: "day", limit: 3, retryAt });
    });

    it("count per target key only this candidate's applications to it", async () => {
      const quota = { perDay: 100, perTargetPerDay: 2 };
      await applied(OFFER, 2 * HOUR_MS);
      await applied(OFFER, HOUR_MS, "noe.dupont@example.fr" as Email);
      await applied(COMPANY, HOUR_MS);
      expect(await reserve(quota)).toBe("ok");
      await applied(OFFER, HOUR_MS);
      const retryAt = msAfter(DAY_MS - 2 * HOUR_MS, NOW);
      expect(await reserve(quota)).toEqual({ code: "QUOTA_EXCEEDED", scope: "target", limit: 2, retryAt });
      expect(await reserve(quota, COMPANY)).toBe("ok");
      expect(await reserve(quota, OFFER, "noe.dupont@example.fr" as Email)).toBe("ok");
    });

    it("compare emails case-insensitively, and keep them as given", async () => {
      await applied(OFFER, HOUR_MS, "Lea.Martin@Example.FR" as Email);
      const outcome = await reserve({ perDay: 1, perTargetPerDay: 1 });
      expect(outcome).toMatchObject({ code: "QUOTA_EXCEEDED" });
      expect((await applications.findById(`app-${sequence}`))?.candidate.email).toBe("Lea.Martin@Example.FR");
    });

    it("when both are exceeded, answer the one that frees later", async () => {
      await applied(anOfferTarget("offer-2"), 10 * HOUR_MS);
      await applied(OFFER, 2 * HOUR_MS);
      const outcome = await reserve({ perDay: 2, perTargetPerDay: 1 });
      expect(outcome).toEqual({
        code: "QUOTA_EXCEEDED",
        scope: "target",
        limit: 1,
        retryAt: msAfter(DAY_MS - 2 * HOUR_MS, NOW),
      });
    });

    it("with more counted than a lowered limit, give retryAt when one more fits again", async () => {
      await applied(COMPANY, 5 * HOUR_MS);
      await applied(COMPANY, 3 * HOUR_MS);
      await applied(COMPANY, HOUR_MS);
      const outcome = await reserve({ perDay: 2, perTargetPerDay: 5 });
      expect(outcome).toMatchObject({ scope: "day", limit: 2, retryAt: msAfter(DAY_MS - 3 * HOUR_MS, NOW) });
    });

    it("let reservations made one after the other insert up to the limit", async () => {
      const quota = { perDay: 100, perTargetPerDay: 3 };
      const outcomes: ("ok" | QuotaExceeded)[] = [];
      for (let i = 1; i <= 5; i++) {
        const application = aJobApplication({ id: `app-${i}`, createdAt: msAfter(i, T0) });
        outcomes.push(await unitOfWork.run((tx) => applyIfQuotaAllows(tx.applications, application, quota)));
      }
      expect(outcomes.map((outcome) => (outcome === "ok" ? "ok" : outcome.scope))).toEqual([
        "ok",
        "ok",
        "ok",
        "target",
        "target",
      ]);
      expect((await applications.listForOffer("offer-1", { page: 1, pageSize: 10 })).total).toBe(3);
    });
  });
}
