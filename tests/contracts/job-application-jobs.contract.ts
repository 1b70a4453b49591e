import { beforeEach, describe, expect, it } from "vitest";
import type { JobApplicationRepository } from "../../src/application/job-application/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { JobApplication } from "../../src/domain/job-application/job-application.ts";
import {
  aJobApplication,
  anApplicationAwaitingScan,
  DAY_MS,
  minutesAfter,
  msAfter,
  T0,
  targetKeyOf,
} from "../support/job-application-builders.ts";
import type { JobApplicationStores, JobApplicationStoresFactory } from "./job-application-repos.contract.ts";

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

/** What the jobs `applications:deliver` and `retention:purge` read (src/application/job-application/application-jobs.ts). */
export function jobApplicationJobsContract(name: string, factory: JobApplicationStoresFactory) {
  describe(`Job application repository for the jobs contract — ${name}`, () => {
    let unitOfWork: UnitOfWork<JobApplicationStores>;
    let applications: JobApplicationRepository;
    const insert = (...list: JobApplication[]) =>
      Promise.all(list.map((application) => applications.insert(application, targetKeyOf(application.target))));
    beforeEach(async () => {
      const stores = await factory();
      unitOfWork = stores.unitOfWork;
      applications = stores.repos.applications;
    });

    it("claim the oldest awaiting a scan, count the attempt and skip them while leased", async () => {
      await insert(
        anApplicationAwaitingScan({ id: "app-3", createdAt: minutesAfter(3) }),
        anApplicationAwaitingScan({ id: "app-1", createdAt: minutesAfter(1) }),
        anApplicationAwaitingScan({ id: "app-2", createdAt: minutesAfter(2) }),
        aJobApplication({ id: "app-0" }),
      );
      const now = minutesAfter(10);
      const leaseUntil = minutesAfter(12);
      const claim = (at: Date, limit: number) =>
        unitOfWork.run((tx) => tx.applications.claimAwaitingScan(at, leaseUntil, limit));
      const first = await claim(now, 2);
      expect(first.map(({ id, delivery }) => [id, delivery.scanAttempts])).toEqual([
        ["app-1", 2],
        ["app-2", 2],
      ]);
      expect(ids(await claim(minutesAfter(1, now), 10))).toEqual(["app-3"]);
      expect(await claim(msAfter(-1, leaseUntil), 10)).toEqual([]);
      const again = await claim(leaseUntil, 2);
      expect(again.map(({ id, delivery }) => [id, delivery.scanAttempts])).toEqual([
        ["app-1", 3],
        ["app-2", 3],
      ]);
      expect((await applications.findById("app-1"))?.delivery.scanAttempts).toBe(3);
      const delivered = { state: "delivered" as const, deliveredAt: minutesAfter(30), scanAttempts: 3 };
      await applications.update({ ...(again[0] as JobApplication), delivery: delivered });
      expect(ids(await claim(minutesAfter(60), 10))).toEqual(["app-2", "app-3"]);
    });

    it("list delivered applications still holding a CV, delivered strictly before the instant, oldest first", async () => {
      const deliveredAt = (minutes: number) => ({
        state: "delivered" as const,
        deliveredAt: minutesAfter(minutes),
        scanAttempts: 0,
      });
      await insert(
        aJobApplication({ id: "app-2", delivery: deliveredAt(2) }),
        aJobApplication({ id: "app-1", delivery: deliveredAt(1) }),
        aJobApplication({ id: "app-3", delivery: deliveredAt(3) }),
        aJobApplication({ id: "app-at", delivery: deliveredAt(10) }),
        aJobApplication({ id: "app-purged", delivery: deliveredAt(1), cv: null }),
        anApplicationAwaitingScan({ id: "app-waiting" }),
      );
      const before = minutesAfter(10);
      expect(ids(await applications.listCvsDeliveredBefore(before, 10))).toEqual(["app-1", "app-2", "app-3"]);
      expect(ids(await applications.listCvsDeliveredBefore(before, 2))).toEqual(["app-1", "app-2"]);
    });

    it("list applications inactive since before the instant, oldest activity first, never anonymised ones", async () => {
      await insert(
        aJobApplication({ id: "app-2", lastActivityAt: minutesAfter(2) }),
        aJobApplication({ id: "app-1", createdAt: msAfter(-DAY_MS), lastActivityAt: minutesAfter(1) }),
        aJobApplication({ id: "app-3", lastActivityAt: minutesAfter(3) }),
        aJobApplication({ id: "app-at", lastActivityAt: minutesAfter(10) }),
        aJobApplication({ id: "app-anonymised", lastActivityAt: T0, anonymisedAt: minutesAfter(5) }),
      );
      const before = minutesAfter(10);
      expect(ids(await applications.listInactiveSince(before, 10))).toEqual(["app-1", "app-2", "app-3"]);
      expect(ids(await applications.listInactiveSince(before, 1))).toEqual(["app-1"]);
    });
  });
}
