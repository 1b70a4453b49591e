import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMemoryJobApplicationStore } from "../../src/adapters/memory/job-applications.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { DatabaseHandle, Db } from "../../src/adapters/postgres/database.ts";
import { createPgJobApplicationRepository } from "../../src/adapters/postgres/job-application/job-applications.postgres.ts";
import { createPgResponseLinkRepository } from "../../src/adapters/postgres/job-application/response-links.postgres.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";
import { applicationResponseLinks, jobApplications } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { aJobApplication, anApplicationAwaitingScan, minutesAfter } from "../support/job-application-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { jobApplicationJobsContract } from "./job-application-jobs.contract.ts";
import { jobApplicationQuotaContract } from "./job-application-quota.contract.ts";
import {
  type JobApplicationStores,
  type JobApplicationStoresFactory,
  jobApplicationReposContract,
} from "./job-application-repos.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const memory: JobApplicationStoresFactory = async () => {
  const store = createMemoryJobApplicationStore();
  const repos = { applications: store.applications, responseLinks: store.responseLinks };
  return { repos, unitOfWork: createMemoryUnitOfWork<JobApplicationStores>(repos, [store]) };
};

const bind = (db: Db): JobApplicationStores => ({
  applications: createPgJobApplicationRepository(db),
  responseLinks: createPgResponseLinkRepository(db),
});

const postgres: JobApplicationStoresFactory = async () => {
  for (const table of [applicationResponseLinks, jobApplications]) await database.db.delete(table);
  return { repos: bind(database.db), unitOfWork: createPgUnitOfWork(database.db, bind) };
};

for (const [name, factory] of [
  ["memory", memory],
  ["postgres", postgres],
] as const) {
  jobApplicationReposContract(name, factory);
  jobApplicationQuotaContract(name, factory);
  jobApplicationJobsContract(name, factory);
}

/**
 * Interleaved transactions exist only on a PostgreSQL server (DATABASE_URL): PGlite is one session and runs
 * transactions one after the other, the memory fake too, so there these cases cannot race and are not declared.
 */
const onPostgres = inject("templateDatabaseUrl") !== null;

if (onPostgres) {
  describe("job applications under concurrent transactions (PostgreSQL server only)", () => {
    it("ten concurrent transactions reserving then inserting, on PostgreSQL, insert exactly 3 for a limit of 3", async () => {
      const { unitOfWork } = await postgres();
      const quota = { perDay: 100, perTargetPerDay: 3 };
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          unitOfWork.run(async (tx) => {
            const application = aJobApplication({ id: `app-${i}`, createdAt: minutesAfter(i) });
            const outcome = await tx.applications.reserveQuota({
              candidateEmail: application.candidate.email,
              targetKey: "offer:offer-1",
              now: application.createdAt,
              quota,
            });
            // Leaves the other transactions time to count before this one inserts, were they not waiting for the lock.
            await new Promise((resolve) => setTimeout(resolve, 20));
            if (outcome === "ok") await tx.applications.insert(application, "offer:offer-1");
            return outcome;
          }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(3);
      const [row] = rowsOf<{ inserted: number }>(
        await database.db.execute(sql`select count(*)::int as inserted from job_applications`),
      );
      expect(row?.inserted).toBe(3);
    });

    it("a claim on PostgreSQL skips the applications another open transaction has claimed, without waiting", async () => {
      const { repos, unitOfWork } = await postgres();
      for (const [i, id] of ["app-1", "app-2", "app-3"].entries()) {
        await repos.applications.insert(anApplicationAwaitingScan({ id, createdAt: minutesAfter(i) }), "offer:offer-1");
      }
      const now = minutesAfter(10);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let claimedFirst: (ids: string[]) => void = () => {};
      const first = new Promise<string[]>((resolve) => {
        claimedFirst = resolve;
      });
      // A lease that has already ended: only the open transaction's row lock keeps app-1 from the second claim.
      const holding = unitOfWork.run(async (tx) => {
        claimedFirst((await tx.applications.claimAwaitingScan(now, now, 1)).map((a) => a.id));
        await held;
      });
      expect(await first).toEqual(["app-1"]);
      const second = await repos.applications.claimAwaitingScan(now, minutesAfter(1, now), 10);
      release();
      await holding;
      expect(second.map((a) => a.id)).toEqual(["app-2", "app-3"]);
    });
  });
}
