import { frenchCount } from "../shared/french-plural.ts";

/** What one `partner-offers:sync` run did. `complete`: every page was read, so withdrawals were applied. */
export type PartnerOfferSyncCounts = Readonly<{
  read: number;
  created: number;
  changed: number;
  withdrawn: number;
  complete: boolean;
}>;

export type PartnerOfferSyncSummary = PartnerOfferSyncCounts & Readonly<{ message: string }>;

/** The job's one-line French summary (`npm run job -- partner-offers:sync` prints it last). */
export function partnerOfferSyncMessage(counts: PartnerOfferSyncCounts): string {
  const changes = `${frenchCount(counts.read, "lue")}, ${frenchCount(counts.created, "nouvelle")}, ${frenchCount(counts.changed, "modifiée")}`;
  if (!counts.complete) {
    return `Synchronisation des offres France Travail interrompue (France Travail indisponible) : ${changes} ; aucune offre retirée, la prochaine synchronisation reprendra tout.`;
  }
  return `Offres France Travail synchronisées : ${changes}, ${frenchCount(counts.withdrawn, "retirée")}.`;
}
