import type { JobApplication } from "../../domain/job-application/job-application.ts";
import { deliver, refuseInfected, scanCv } from "./delivery.ts";
import type { JobApplicationWriteDeps } from "./settings.ts";

const BATCH = 50;
const DAY_MS = 86_400_000;

/**
 * The job `applications:deliver` (every 30 s): applications accepted while the antivirus was down are scanned
 * again; clean ones go out, infected ones are refused and the candidate is told, the others wait for the next run.
 * Nothing is ever sent unscanned. Claims are leased, so two instances never scan the same application at once.
 */
function deliverAwaitingApplications(deps: JobApplicationWriteDeps) {
  return async (now: Date) => {
    const leaseUntil = new Date(now.getTime() + deps.settings.scanLeaseMs);
    const claimed = await deps.unitOfWork.run((repos) => repos.applications.claimAwaitingScan(now, leaseUntil, BATCH));
    const counts = { delivered: 0, infected: 0, waiting: 0 };
    for (const application of claimed) counts[await scanAndSettle(deps, application, now)]++;
    return counts;
  };
}

async function scanAndSettle(
  deps: JobApplicationWriteDeps,
  claimed: JobApplication,
  now: Date,
): Promise<"delivered" | "infected" | "waiting"> {
  const stored = claimed.cv ? await deps.unitOfWork.run((repos) => repos.cvs.get(claimed.cv?.id ?? "")) : null;
  if (!stored) return "waiting";
  const verdict = await scanCv(deps, stored.bytes);
  if (verdict === "unavailable") return "waiting";
  return deps.unitOfWork.run(async (repos) => {
    const application = await repos.applications.findById(claimed.id);
    if (application?.delivery.state !== "awaiting_scan") return "waiting";
    if (verdict.outcome === "infected") {
      await repos.applications.update(await refuseInfected(repos, application, now));
      return "infected";
    }
    await repos.applications.update(await deliver(repos, deps, application, stored.bytes, now));
    return "delivered";
  });
}

/**
 * The job `retention:purge` (daily; `npm run job -- retention:purge --now=…`): CVs are deleted 90 days after
 * delivery (docs/PRODUCT.md §7); applications without activity for 2 years are anonymised: the candidate's
 * names, email, phone and message are replaced and the notes and CV removed, what remains counts for statistics.
 */
function purgeApplications(deps: JobApplicationWriteDeps) {
  return async (now: Date) => {
    const { cvRetentionDays, inactivityDays } = deps.settings;
    const cvsBefore = new Date(now.getTime() - cvRetentionDays * DAY_MS);
    const inactiveBefore = new Date(now.getTime() - inactivityDays * DAY_MS);
    let cvsDeleted = 0;
    let anonymised = 0;
    for (;;) {
      const done = await deps.unitOfWork.run(async (repos) => {
        const batch = await repos.applications.listCvsDeliveredBefore(cvsBefore, BATCH);
        await repos.cvs.delete(batch.flatMap((application) => (application.cv ? [application.cv.id] : [])));
        for (const application of batch) await repos.applications.update({ ...application, cv: null });
        return batch.length;
      });
      cvsDeleted += done;
      if (done < BATCH) break;
    }
    for (;;) {
      const done = await deps.unitOfWork.run(async (repos) => {
        const batch = await repos.applications.listInactiveSince(inactiveBefore, BATCH);
        await repos.cvs.delete(batch.flatMap((application) => (application.cv ? [application.cv.id] : [])));
        for (const application of batch) await repos.applications.update(anonymisedCopy(application, now));
        return batch.length;
      });
      anonymised += done;
      if (done < BATCH) break;
    }
    return { cvsDeleted, anonymised };
  };
}

/** The application with nothing left that names or reaches the candidate. */
function anonymisedCopy(application: JobApplication, now: Date): JobApplication {
  return {
    ...application,
    candidate: {
      firstName: "Candidat",
      lastName: "anonymisé",
      email: `anonyme-${application.id}@anonymise.invalid` as JobApplication["candidate"]["email"],
      phone: null,
    },
    message: "",
    notes: null,
    cv: null,
    answer: application.answer ? { ...application.answer, message: null } : null,
    anonymisedAt: now,
  };
}

/** The applications jobs, registered by the composition root. */
export function jobApplicationJobs(deps: JobApplicationWriteDeps) {
  return [
    { name: "applications:deliver", everyMs: 30_000, leaseMs: 60_000, run: deliverAwaitingApplications(deps) },
    { name: "retention:purge", cron: "30 2 * * *", leaseMs: 10 * 60_000, run: purgeApplications(deps) },
  ] as const;
}
