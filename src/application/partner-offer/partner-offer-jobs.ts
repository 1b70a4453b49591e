import type { Job } from "../scheduling/index.ts";
import { UpstreamUnavailable } from "../shared/ports.ts";
import { syncPartnerOffers } from "./sync-partner-offers.ts";
import type { SyncDeps } from "./sync-writes.ts";

/** A run renews its lease every third of it while batches come (a page may wait out several 429s). */
const SYNC_LEASE_MS = 5 * 60_000;

/**
 * `partner-offers:sync`, daily on a Europe/Paris calendar (PARTNER_OFFERS_SYNC_CRON). An incomplete read fails the
 * run (503 through /dev/jobs, the error kept in the schedule) after keeping what it wrote.
 */
export function partnerOfferJobs(deps: SyncDeps & Readonly<{ cron: string }>): Job[] {
  const sync = syncPartnerOffers(deps);
  return [
    {
      name: "partner-offers:sync",
      cron: deps.cron,
      leaseMs: SYNC_LEASE_MS,
      run: async (now, progress) => {
        const summary = await sync(now, progress ?? { total: () => {}, advance: () => {} });
        if (!summary.complete) throw new UpstreamUnavailable("France Travail", summary.message);
        return { ...summary };
      },
    },
  ];
}
